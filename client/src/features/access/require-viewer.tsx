import { Container } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { Loading, QueryError } from '../../components/query-state';
import { ViewerQuery } from './access-documents';
import { signInPathReturningTo } from './sign-in-path';

/** Shows its child routes only to a signed-in account; everyone else goes to the sign-in page. */
export function RequireViewer() {
  const location = useLocation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ViewerQuery });
  if (data?.viewer) return <Outlet />;
  if (fetching || error) {
    return (
      <Container component="main" py="xl">
        {error ? (
          <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : (
          <Loading />
        )}
      </Container>
    );
  }
  return <Navigate to={signInPathReturningTo(location)} replace />;
}
