import { Container } from '@mantine/core';
import { useLayoutEffect } from 'react';
import { Navigate, Outlet, useLocation, useOutletContext } from 'react-router';
import { useQuery } from 'urql';
import { Loading, QueryError } from '../../components/query-state';
import { confirmSignedInAccount, noteSignedInAccount } from '../../lib/live-screen';
import type { ViewerQuery as Viewer } from '../../graphql/generated/graphql';
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
  // The session's client asks for the viewer as it is made, cache first and then the server
  // (session-clients.ts); this shares that operation and its answers, and asks nothing more.
  const [{ data, fetching, stale, error }, reexecute] = useQuery({ query: ViewerQuery, requestPolicy: 'cache-first' });
  const viewer = data?.viewer;
  const nobody = !viewer && !fetching && !stale && !error;
  // The last screen (lib/live-screen.ts) is only ever the signed-in account's own: another
  // account's copy goes at once; the server's answer says whose copy the next visit may show.
  useLayoutEffect(() => {
    if (viewer) noteSignedInAccount(viewer);
    else if (nobody) noteSignedInAccount(null);
  }, [viewer, nobody]);
  const confirmedId = viewer && !stale ? viewer.id : undefined;
  useLayoutEffect(() => {
    if (confirmedId) confirmSignedInAccount(confirmedId);
  }, [confirmedId]);
  if (viewer) return <Outlet context={viewer} />;
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

/** The account signed in, for the layout and the pages inside it. */
export type SignedInViewer = NonNullable<Viewer['viewer']>;

/**
 * The signed-in account as RequireViewer holds it, for the layout and its pages (the layout passes
 * it on to its own outlet: a router outlet's context reaches only the routes just below it),
 * instead of queries of their own: the layout's own copy of the viewer query was marked stale when
 * RequireViewer's refresh left and fresh when it came back, and each time the header and the
 * navigation rendered again (30–50 components, before the dashboard's content on 2 of 3 warm
 * visits; issue 15, e2e/perf/react-commits.ts). Passed as the outlet's context, the same object
 * while the account is the same, it renders nothing again. What a page needs to know about the
 * account goes into the `Viewer` query (access-documents.ts), not into a second document
 * (viewer-documents.test.ts).
 */
export function useSignedInViewer(): SignedInViewer {
  return useOutletContext<SignedInViewer>();
}
