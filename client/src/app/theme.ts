import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

/*
 * Colours chosen for WCAG AA: shade 6, which Mantine uses for filled buttons, links and light
 * variants' text, has at least 4.5:1 contrast with white and with its own light background.
 * (Mantine's default blue, red and green shade 6 reach only about 3.5:1.)
 */
const brand: MantineColorsTuple = [
  '#e7f1fb',
  '#cfe1f6',
  '#a0c3ec',
  '#6da3e2',
  '#4388d9',
  '#2a77d4',
  '#0b5cab',
  '#094f93',
  '#07427b',
  '#053463',
];
const red: MantineColorsTuple = [
  '#fff5f5',
  '#ffe3e3',
  '#ffc9c9',
  '#ffa8a8',
  '#ff8787',
  '#e03131',
  '#c92a2a',
  '#b02525',
  '#961f1f',
  '#7d1a1a',
];
const green: MantineColorsTuple = [
  '#ebfbee',
  '#d3f9d8',
  '#b2f2bb',
  '#8ce99a',
  '#51cf66',
  '#2f9e44',
  '#1e6b34',
  '#185a2b',
  '#134a23',
  '#0e3a1b',
];
const orange: MantineColorsTuple = [
  '#fff4e6',
  '#ffe8cc',
  '#ffd8a8',
  '#ffc078',
  '#ffa94d',
  '#e8590c',
  '#8a4b00',
  '#733f00',
  '#5c3200',
  '#452600',
];

const FONT = "'Be Vietnam Pro', system-ui, sans-serif";

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 6,
  // `color="blue"` (status buttons, alerts, badges) gets the brand blue too: Mantine's own blue
  // shade 6 is 3.55:1 on white, which axe-core reported on the agreement page's status buttons.
  colors: { brand, blue: brand, red, green, orange },
  fontFamily: FONT,
  headings: { fontFamily: FONT, fontWeight: '600' },
  // Every focusable element shows a ring when reached by keyboard, never only on hover.
  focusRing: 'auto',
  defaultRadius: 'sm',
  cursorType: 'pointer',
});

/** Dimmed and placeholder text darker than Mantine's defaults (#868e96 is 3.3:1 on white). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#4a5565',
    '--mantine-color-placeholder': '#5c6573',
    '--mantine-color-anchor': '#0b5cab',
  },
  dark: {},
});
