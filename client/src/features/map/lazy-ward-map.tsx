import { lazy, Suspense } from 'react';
import { Loading } from '../../components/query-state';
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
