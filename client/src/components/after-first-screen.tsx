import { type ReactNode, startTransition, useEffect, useState } from 'react';

/**
 * Renders `children` right after the first screen is on the page, as a transition React may
 * interrupt for a tap: a landing page's section below its main content (issue 15: the director's
 * warm visit rendered the counts by status in the same pass as the lacking list, before the list
 * could show). Unlike `WhenNear`, it does not wait to be scrolled to. `minHeight` holds its place.
 */
export function AfterFirstScreen({ children, minHeight = 0 }: { children: ReactNode; minHeight?: number }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    startTransition(() => setShown(true));
  }, []);
  return shown ? children : <div style={{ minHeight }} />;
}
