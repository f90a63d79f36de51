import { useEffect, useRef, useState } from 'react';
import type { LiveState } from './live-connection';

/** Changes that arrive together (a signature moves the agreement and the progress) refresh once. */
const SETTLE_MS = 150;

/**
 * Keeps a province's page live: calls `refresh` after each committed change to its agreements
 * (made by anyone, anywhere) and after each reconnection. Returns the connection's state for the
 * quiet indicator. The WebSocket client is fetched only once a live page is shown.
 */
export function useLiveProvince(provinceCode: string, refresh: () => void): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  });
  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), SETTLE_MS);
    };
    void import('./live-connection').then(({ openLiveProvince }) => {
      if (!cancelled) stop = openLiveProvince(provinceCode, changed, setState);
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      stop?.();
    };
  }, [provinceCode]);
  return state;
}
