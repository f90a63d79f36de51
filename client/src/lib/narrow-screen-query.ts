/**
 * Below Mantine's `sm` breakpoint (48em): phones, where the navigation is a drawer. On its own so
 * the script that shows the last screen (last-screen.ts, inlined in index.html) reads it without
 * Mantine.
 */
export const NARROW_SCREEN_QUERY = '(max-width: 47.99em)';
