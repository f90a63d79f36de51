import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { Loading, QueryError } from '../../components/query-state';
import { DashboardViewerQuery } from './dashboard-documents';
import { ProvinceDashboard } from './province-dashboard';

/** `/provinces/:code`: any province's dashboard (`/` is home-page.tsx). */
export default function DashboardPage() {
  const { code = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DashboardViewerQuery });
  const viewer = data?.viewer;
  if (error) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!viewer) return fetching ? <Loading /> : null;
  return <ProvinceDashboard key={code} code={code} role={viewer.role} home={false} />;
}
