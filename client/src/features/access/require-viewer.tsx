import { Container } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { Loading, QueryError } from '../../components/query-state';
import { ViewerQuery } from './access-documents';
import { signInPathReturningTo } from './sign-in-path';

/**
 * Shows its child routes only to a signed-in account; everyone else goes to the sign-in page.
 * "Nobody signed in" is believed only from the server: the cache kept on the device can hold the
 * answer from before a sign-in (in another tab, or written by the previous client just after it was
 * cleared), and a reload then sent a signed-in person back to the sign-in page. A cached account is
 * shown at once (and offline) while the server is asked behind it.
 */
export function RequireViewer() {
  const location = useLocation();
  const [{ data, fetching, stale, error }, reexecute] = useQuery({
    query: ViewerQuery,
    requestPolicy: 'cache-and-network',
  });
  if (data?.viewer) return <Outlet />;
  if (fetching || stale || error) {
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
