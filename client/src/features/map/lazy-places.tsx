import { lazy, Suspense } from 'react';
import { Loading } from '../../components/query-state';
import type { TargetPopulationShareProps } from './target-population-share';
import type { WardMapProps } from './ward-map';

/** The map and its words are their own chunk, fetched the first time the map is shown. */
const WardMap = lazy(() => import('./ward-map'));

export function LazyWardMap(props: WardMapProps) {
  return (
    <Suspense fallback={<Loading />}>
      <WardMap {...props} />
    </Suspense>
  );
}

/** Below the targets, after the rest of the page: its own small chunk too. */
const TargetPopulationShare = lazy(() => import('./target-population-share'));

export function LazyTargetPopulationShare(props: TargetPopulationShareProps) {
  return (
    <Suspense fallback={null}>
      <TargetPopulationShare {...props} />
    </Suspense>
  );
}
