import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NARROW_SCREEN_QUERY } from './narrow-screen-query';
import { useNarrowScreen } from './use-narrow-screen';

/** A stand-in for the browser's matchMedia that answers every query with `matches`. */
function stubMatchMedia(matches: boolean): string[] {
  const asked: string[] = [];
  vi.stubGlobal('window', {
    matchMedia: (query: string) => {
      asked.push(query);
      return { matches, media: query, addEventListener() {}, removeEventListener() {} };
    },
  });
  return asked;
}

/** What the hook returns on the very first render (server rendering runs no effects). */
function firstRenderValue(): boolean | undefined {
  let seen: boolean | undefined;
  function Probe() {
    seen = useNarrowScreen();
    return null;
  }
  renderToString(createElement(Probe));
  return seen;
}

describe('useNarrowScreen', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('knows a phone is narrow on the first render, so the page is not rendered twice', () => {
    const asked = stubMatchMedia(true);
    expect(firstRenderValue()).toBe(true);
    expect(asked).toContain(NARROW_SCREEN_QUERY);
  });

  it('knows a wide screen is wide on the first render', () => {
    stubMatchMedia(false);
    expect(firstRenderValue()).toBe(false);
  });
});
