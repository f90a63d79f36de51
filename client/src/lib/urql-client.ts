import { offlineExchange, type StorageAdapter } from '@urql/exchange-graphcache';
import { Client, type CombinedError, fetchExchange, mapExchange } from 'urql';
import schema from '../graphql/generated/introspection';
import { updates } from './cache-updates';
import { embeddedValueKeys } from './graphcache-keys';
import { holdRequestsUntilHydrated } from './hydration-gate';
import { keepUnchangedAnswers } from './unchanged-answers';

/** True when the server refused an operation because nobody (or an ended session) is signed in. */
export function isUnauthenticated(error: CombinedError): boolean {
  return error.graphQLErrors.some((graphQLError) => graphQLError.extensions['code'] === 'UNAUTHENTICATED');
}

/**
 * Context flag for the sign-in mutation: its UNAUTHENTICATED answer means "wrong email or
 * password", which the form shows, not "the session ended".
 */
export const CHECKS_CREDENTIALS = { checksCredentials: true } as const;

type UrqlClientOptions = {
  /** Called when the server answers UNAUTHENTICATED, such as after the session expired. */
  onUnauthenticated: () => void;
  /** Where the cache lives between visits (src/lib/offline-storage.ts). */
  storage: StorageAdapter;
};

/** The API is served from the same origin as the app (`/graphql`), in development via Vite's proxy. */
export function createUrqlClient({ onUnauthenticated, storage: deviceStorage }: UrqlClientOptions): Client {
  const { storage, fetch } = holdRequestsUntilHydrated(deviceStorage);
  return new Client({
    url: '/graphql',
    fetch,
    exchanges: [
      // First, so it sees every answer the pages get: an unchanged one keeps the object they hold.
      keepUnchangedAnswers(),
      // Normalized cache: one copy of each entity (by __typename and id), so an agreement changed on
      // one page shows changed on every page; derived lists and counts are refreshed by `updates`.
      // Kept in IndexedDB: without a network, queries are answered from what was read before.
      offlineExchange({ schema, keys: embeddedValueKeys(schema), updates, storage }),
      // urql's documented way to react to auth errors when there is no token to add or refresh:
      // the session is an httpOnly cookie the browser sends, so authExchange has nothing to do.
      // After the cache, so only answers from the server count, not cached ones.
      mapExchange({
        onError(error, operation) {
          if (isUnauthenticated(error) && !operation.context['checksCredentials']) onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
    fetchOptions: {
      // The session cookie (httpOnly, Path=/graphql) goes only to our own origin.
      credentials: 'same-origin',
      // Queries go as GET; Apollo's CSRF prevention accepts them only with this header.
      headers: { 'apollo-require-preflight': 'true' },
    },
  });
}
