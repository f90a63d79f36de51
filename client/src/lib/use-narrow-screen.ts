import { useMediaQuery } from '@mantine/hooks';
import { NARROW_SCREEN_QUERY } from './narrow-screen-query';

/**
 * Whether the screen is phone-narrow, read synchronously on the first render. Mantine's default
 * reads the media query in an effect, so on a phone every page rendered twice on load (first as
 * wide, then as narrow) — a whole second render of the layout and the page on the slowest devices.
 */
export function useNarrowScreen(): boolean {
  return useMediaQuery(NARROW_SCREEN_QUERY, undefined, { getInitialValueInEffect: false });
}
