import { type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { Loading } from './query-state';

/**
 * Renders `children` once the place they go comes near the screen (within 100 px), and from
 * then on. Below-the-fold sections of a landing page put here a component
 * loaded with `React.lazy`: their code and their queries then cost nothing on a first visit that
 * never scrolls to them, which keeps the page within its first-visit budget
 * (e2e/first-visit-budget.e2e.test.ts). `minHeight` holds their place so the page does not jump.
 */
export function WhenNear({ children, minHeight = 160 }: { children: ReactNode; minHeight?: number }) {
  const place = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = place.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && setNear(true),
      {
        rootMargin: '100px 0px',
      },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  if (!near) return <div ref={place} style={{ minHeight }} />;
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}
