import { Box } from '@mantine/core';
import { type ReactNode, Suspense, useEffect, useRef, useState } from 'react';

/**
 * Renders its children (lazily loaded sections) only once their place on the page comes near
 * the screen: a phone's first visit downloads none of them, which keeps the landing page within
 * its byte budget (e2e/first-visit-budget.e2e.test.ts). The reserved height keeps the page still.
 */
export function WhenVisible({ minHeight, children }: { minHeight: number; children: ReactNode }) {
  const place = useRef<HTMLDivElement>(null);
  // Without IntersectionObserver (old browsers, some test environments) everything shows at once.
  const [shown, setShown] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = place.current;
    if (!element || shown) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setShown(true);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [shown]);
  const reserved = <Box mih={minHeight} />;
  return <div ref={place}>{shown ? <Suspense fallback={reserved}>{children}</Suspense> : reserved}</div>;
}
