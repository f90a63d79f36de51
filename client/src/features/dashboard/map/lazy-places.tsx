import { lazy, Suspense } from 'react';
import { Loading } from '../../../components/query-state';
import { loadNamespaces } from '../../../lib/i18n';
import type { TargetPopulationShareProps } from './target-population-share';
import type { WardMapProps } from './ward-map';

/** The map and its words (the `map` namespace) are their own chunks, fetched the first time the map is shown. */
const WardMap = lazy(async () => (await Promise.all([import('./ward-map'), loadNamespaces(['map'])]))[0]);

export function LazyWardMap(props: WardMapProps) {
  return (
    <Suspense fallback={<Loading />}>
      <WardMap {...props} />
    </Suspense>
  );
}

/** Below the targets, after the rest of the page: its own small chunk too. */
const TargetPopulationShare = lazy(
  async () => (await Promise.all([import('./target-population-share'), loadNamespaces(['map'])]))[0],
);

export function LazyTargetPopulationShare(props: TargetPopulationShareProps) {
  return (
    <Suspense fallback={null}>
      <TargetPopulationShare {...props} />
    </Suspense>
  );
}
