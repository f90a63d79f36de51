import { Text } from '@mantine/core';
import { type ComponentType, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useQuery } from 'urql';
import { PageTitle } from '../../components/page-title';
import { Loading, QueryError } from '../../components/query-state';
import { loadNamespaces } from '../../lib/i18n';
import { DashboardViewerQuery } from './dashboard-documents';
import { useProvinceDataAhead } from './use-province-data-ahead';

/** A part of the home page that loads with its translations, once the page knows it shows it. */
function lazyPart<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => {
    const [Component] = await Promise.all([load(), loadNamespaces(['geography', 'dashboard'])]);
    return { default: Component };
  });
}

// Two chunks, one per kind of home: the province list (viewers, admins) never downloads the
// province dashboard (its table library, its filters: about 40 KB compressed with what it
// needs), and a director's dashboard never downloads the list.
const ProvinceDashboard = lazyPart(() => import('./province-dashboard').then((module) => module.ProvinceDashboard));
const ProvinceList = lazyPart(() => import('../geography').then((module) => module.ProvinceList));

/**
 * `/`: a director lands on their agency's province, a coordinator is sent to the workspace, and
 * admins and viewers choose a province. In the entry chunk, not a route chunk of its own, so the
 * viewer is asked for as soon as the app starts, and which home to download is known from the
 * answer; a director's counts and lacking list are asked for beside their dashboard's code.
 */
export function HomePage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DashboardViewerQuery });
  const viewer = data?.viewer;
  const ownProvince = viewer?.role === 'DIRECTOR' ? viewer.agency?.province?.code : undefined;
  useProvinceDataAhead(ownProvince);
  if (error) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!viewer) return fetching ? <Loading /> : null;
  if (viewer.role === 'COORDINATOR') return <Navigate to="/workspace" replace />;
  // A boundary of its own: while a lazy part's code loads, this page still commits, so its query
  // and the dashboard's data asked ahead (useProvinceDataAhead, an effect) leave at once instead
  // of after the code has arrived (the layout's boundary would hold the whole page back).
  if (ownProvince) {
    return (
      <Suspense fallback={<Loading />}>
        <ProvinceDashboard code={ownProvince} role={viewer.role} home />
      </Suspense>
    );
  }
  return (
    <section>
      <PageTitle>{t('pages.dashboard')}</PageTitle>
      <Text mb="md">{t('pages.chooseProvince')}</Text>
      <Suspense fallback={<Loading />}>
        <ProvinceList />
      </Suspense>
    </section>
  );
}
