import { useMediaQuery } from '@mantine/hooks';

/** Below Mantine's `sm` breakpoint (48em): phones, where the navigation is a drawer. */
export const NARROW_SCREEN_QUERY = '(max-width: 47.99em)';

/**
 * Whether the screen is phone-narrow, read synchronously on the first render. Mantine's default
 * reads the media query in an effect, so on a phone every page rendered twice on load (first as
 * wide, then as narrow) — a whole second render of the layout and the page on the slowest devices.
 */
export function useNarrowScreen(): boolean {
  return useMediaQuery(NARROW_SCREEN_QUERY, undefined, { getInitialValueInEffect: false });
}
