import { GraphiQL, type GraphiQLProps } from 'graphiql';
// Monaco's editor, JSON and GraphQL workers as Vite `?worker` chunks of this app (GraphiQL's
// setup for Vite), so nothing is fetched from a CDN.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { buildSchema } from 'graphql';
// The API contract the server is built from (kept current by `pnpm generate`, checked in CI),
// bundled into this lazy chunk: the explorer knows the types, descriptions and arguments even
// when the server refuses introspection, as it does in production.
import schemaSource from '../../../../schema.graphql?raw';

const schema = buildSchema(schemaSource);

/**
 * Requests go to this app's own `/graphql` with the session cookie. Apollo Server's CSRF guard
 * wants the preflight header on every request a browser could otherwise send cross-site.
 */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(options?.headers as Record<string, string> | undefined),
    },
    body: JSON.stringify(params),
  });
  return response.json();
};

/** GraphiQL from npm; this module is its own lazy chunk, loaded on the developers page only. */
export default function GraphqlExplorer({ defaultQuery }: { defaultQuery: string }) {
  return (
    // GraphiQL needs about 540 px: on a phone it scrolls sideways inside its box, not the page.
    <div style={{ overflowX: 'auto', maxWidth: '100%', position: 'relative' }}>
      <div style={{ height: '70vh', minHeight: 480, minWidth: 540 }} data-testid="graphql-explorer">
        <GraphiQL fetcher={fetcher} schema={schema} defaultQuery={defaultQuery} forcedTheme="light" />
      </div>
    </div>
  );
}
