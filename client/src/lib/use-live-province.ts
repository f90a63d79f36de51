import { useEffect, useRef, useState } from 'react';
import type { LiveChange, LiveState } from './live-connection';

/** Changes that arrive together (a signature moves the agreement and the progress) refresh once. */
const SETTLE_MS = 150;

export type LiveProvinceOptions = {
  /** Hear the province's signing progress too (the dashboard's counts), not only its agreements. */
  progress?: boolean;
  /** Refresh only for this agreement's changes (and after a reconnection), not for every one. */
  agreementId?: string;
};

/**
 * Keeps a page of a province live: calls `refresh` after each committed change to its agreements
 * (made by anyone, anywhere; with `agreementId`, to that one only) and after each reconnection.
 * Returns the connection's state for the quiet indicator. The WebSocket client is fetched only
 * once a live page is shown; without a province yet (still loading) nothing connects.
 */
export function useLiveProvince(
  provinceCode: string | undefined,
  refresh: () => void,
  { progress = false, agreementId }: LiveProvinceOptions = {},
): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const latest = useRef({ refresh, agreementId });
  useEffect(() => {
    latest.current = { refresh, agreementId };
  });
  useEffect(() => {
    if (!provinceCode) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = ({ agreementId: changedId }: LiveChange) => {
      const only = latest.current.agreementId;
      if (only && changedId && changedId !== only) return;
      clearTimeout(timer);
      timer = setTimeout(() => latest.current.refresh(), SETTLE_MS);
    };
    void import('./live-connection').then(({ openLiveProvince }) => {
      if (!cancelled) stop = openLiveProvince(provinceCode, { progress }, changed, setState);
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      stop?.();
      setState('connecting');
    };
  }, [provinceCode, progress]);
  return state;
}
