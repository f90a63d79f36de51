import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageTitle } from '../../components/page-title';
import { Loading, QueryError } from '../../components/query-state';
import { ProvinceList } from '../geography';
import { DashboardViewerQuery } from './dashboard-documents';
import { ProvinceDashboard } from './province-dashboard';

/**
 * `/` and `/provinces/:code`. At `/`, a director lands on their agency's province, a coordinator
 * is sent to the workspace, and admins and viewers choose a province.
 */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DashboardViewerQuery });
  const viewer = data?.viewer;
  if (error) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!viewer) return fetching ? <Loading /> : null;
  if (code) return <ProvinceDashboard key={code} code={code} role={viewer.role} home={false} />;
  if (viewer.role === 'COORDINATOR') return <Navigate to="/workspace" replace />;
  const ownProvince = viewer.role === 'DIRECTOR' ? viewer.agency?.province?.code : undefined;
  if (ownProvince) return <ProvinceDashboard code={ownProvince} role={viewer.role} home />;
  return (
    <section>
      <PageTitle>{t('pages.dashboard')}</PageTitle>
      <Text mb="md">{t('pages.chooseProvince')}</Text>
      <ProvinceList />
    </section>
  );
}
