import { startTransition, useEffect, useState } from 'react';
import { useNarrowScreen } from '../lib/use-narrow-screen';

/**
 * A long list's items, the first `firstScreen` of them alone on a phone at first, then all of them
 * once those are on screen: what a phone shows first is rendered before what is below the fold
 * (issue 15: rendering is the largest share of a warm visit's time, and every item of a long list
 * costs its components). The rest follow at once, as a transition React may interrupt for a tap.
 * Wider screens, which show most of the list at once, get it whole.
 */
export function useFirstScreenFirst<T>(items: readonly T[], firstScreen: number): readonly T[] {
  const narrow = useNarrowScreen();
  const [rest, setRest] = useState(!narrow);
  const cut = !rest && items.length > firstScreen;
  useEffect(() => {
    if (cut) startTransition(() => setRest(true));
  }, [cut]);
  return cut ? items.slice(0, firstScreen) : items;
}
