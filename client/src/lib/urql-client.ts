import { Client, cacheExchange, fetchExchange } from 'urql';

/** The API is served from the same origin as the app (`/graphql`), in development via Vite's proxy. */
export const urqlClient = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: { headers: { 'apollo-require-preflight': 'true' } },
});
