import { Text } from '@mantine/core';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageTitle } from '../../components/page-title';
import { Loading, QueryError } from '../../components/query-state';
import { ProvinceList } from '../geography';
import { DashboardViewerQuery } from './dashboard-documents';
import { useProvinceDataAhead } from './use-province-data-ahead';

/**
 * The province dashboard (the lacking list with its table library, the map's switch, the
 * counts: about 20 KB compressed) is a chunk of its own, so the page of those who choose a
 * province first (viewers, admins) does not download it. It starts loading the moment the
 * page knows it will show one; `/provinces/:code` loads it beside this page (router.tsx).
 */
const ProvinceDashboard = lazy(() =>
  import('./province-dashboard').then((module) => ({ default: module.ProvinceDashboard })),
);

/**
 * `/` and `/provinces/:code`. At `/`, a director lands on their agency's province, a coordinator
 * is sent to the workspace, and admins and viewers choose a province.
 */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DashboardViewerQuery });
  const viewer = data?.viewer;
  const ownProvince = viewer?.role === 'DIRECTOR' ? viewer.agency?.province?.code : undefined;
  useProvinceDataAhead(code ?? ownProvince);
  if (error) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!viewer) return fetching ? <Loading /> : null;
  if (code) return <ProvinceDashboard key={code} code={code} role={viewer.role} home={false} />;
  if (viewer.role === 'COORDINATOR') return <Navigate to="/workspace" replace />;
  if (ownProvince) return <ProvinceDashboard code={ownProvince} role={viewer.role} home />;
  return (
    <section>
      <PageTitle>{t('pages.dashboard')}</PageTitle>
      <Text mb="md">{t('pages.chooseProvince')}</Text>
      <ProvinceList />
    </section>
  );
}
