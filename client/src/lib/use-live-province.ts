import { useEffect, useRef, useState } from 'react';
import type { LiveChange, LiveState } from './live-connection';

/**
 * The connection's state, read by the indicator alone (`LiveIndicator`): when it changes, only the
 * indicator renders again, not the page that holds it. Measured (e2e/perf/react-commits.ts, issue
 * 15): the connection opening ("connecting" → "live") rendered the whole workspace again (230
 * components) and the director's dashboard (276), right after their first screen.
 */
export type LiveStatus = {
  current: () => LiveState;
  subscribe: (listener: () => void) => () => void;
};

function liveStatus(): LiveStatus & { set: (state: LiveState) => void } {
  let state: LiveState = 'connecting';
  const listeners = new Set<() => void>();
  return {
    current: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    set: (next) => {
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
  };
}

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
 * Returns the connection's state for the quiet indicator (`LiveIndicator`). The WebSocket client is fetched only
 * once a live page is shown; without a province yet (still loading) nothing connects.
 */
export function useLiveProvince(
  provinceCode: string | undefined,
  refresh: () => void,
  { progress = false, agreementId }: LiveProvinceOptions = {},
): LiveStatus {
  const [status] = useState(liveStatus);
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
      if (!cancelled) stop = openLiveProvince(provinceCode, { progress }, changed, status.set);
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      stop?.();
      status.set('connecting');
    };
  }, [provinceCode, progress, status]);
  return status;
}
