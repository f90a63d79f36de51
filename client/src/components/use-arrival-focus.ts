import { useEffect } from 'react';
import { useLocation } from 'react-router';

const BUTTON = 'button:not([disabled])';
const FIELD = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * When a page is opened at `#part` (a workspace card's action), brings that part into view once
 * the page has its data, and puts the focus on its first control: on a phone the next action is
 * under the person's thumb instead of a screen or two below. `part` is the id of a control, or of
 * a heading whose section holds buttons (the first is focused) or whose form holds fields (the
 * first field is focused).
 */
export function useArrivalFocus(ready: boolean): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    const part = target.closest('section, form');
    const control = target.matches(`${BUTTON}, ${FIELD}`)
      ? target
      : part?.matches('form')
        ? part.querySelector<HTMLElement>(FIELD)
        : part?.querySelector<HTMLElement>(BUTTON);
    control?.focus({ preventScroll: true });
    // Once per arrival (the location's key), not on every refresh of the data.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, key]);
}
