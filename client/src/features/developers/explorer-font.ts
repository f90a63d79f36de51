import latinUrl from '@fontsource/roboto-mono/files/roboto-mono-latin-400-normal.woff2?url';
import vietnameseUrl from '@fontsource/roboto-mono/files/roboto-mono-vietnamese-400-normal.woff2?url';

/**
 * GraphiQL's Monaco editors ask for the font "Fira Code" by name (fixed in @graphiql/react, not a
 * prop). The Fira Code it bundles has no Vietnamese letters, and the monospace fonts browsers fall back to on
 * Linux set the marks of `ố` or `ồ` beside their letter (`phô´`). Roboto Mono, bundled from npm
 * with its Vietnamese subset, answers to that name instead, for this page only (FontFace API,
 * no global CSS), so ward names in queries and answers read correctly.
 */
const FACES = [
  {
    url: latinUrl,
    unicodeRange:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
  {
    url: vietnameseUrl,
    unicodeRange:
      'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
  },
] as const;

let loading: Promise<void> | undefined;

/**
 * Adds and loads the faces before the editors are created: Monaco measures its font once, and a
 * font arriving later would misplace the cursor. A failed load leaves the fallback font.
 */
export function loadExplorerFont(): Promise<void> {
  loading ??= Promise.all(
    FACES.map(async ({ url, unicodeRange }) => {
      const face = new FontFace('Fira Code', `url(${url}) format('woff2')`, { unicodeRange, display: 'swap' });
      document.fonts.add(face);
      await face.load();
    }),
  ).then(
    () => undefined,
    () => undefined,
  );
  return loading;
}
