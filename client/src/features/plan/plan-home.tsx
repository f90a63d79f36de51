import { Navigate } from 'react-router';
import { useQuery } from 'urql';
import { Loading, QueryError } from '../../components/query-state';
import { PlanViewerQuery } from './plan-documents';

/**
 * `/plan`, the navigation's entry: a director's own province's plan page. The navigation lists
 * links without parameters; the province comes from who is signed in.
 */
export default function PlanHome() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PlanViewerQuery });
  if (error) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data?.viewer) return fetching ? <Loading /> : null;
  const code = data.viewer.agency?.province?.code;
  // Admins and viewers choose a province first; the dashboard of each links its plan.
  return code ? <Navigate to={`/provinces/${code}/plan`} replace /> : <Navigate to="/provinces" replace />;
}
