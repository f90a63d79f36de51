/**
 * The peer: PostGraphile 5 over the benchmark's PostgreSQL database (Tripartite's tables plus the
 * functions in postgraphile/functions.sql.ts), served by grafserv on `node:http`. Started by the
 * runner as a child process: `postgraphile-server.ts <database url> <port>`.
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const [url, portArg] = process.argv.slice(2);
let statements = 0;
// Ten connections, node-postgres's default, as Tripartite and the floor have.
const pool = new pg.Pool({ connectionString: url, max: 10 });
// Counts every statement PostGraphile sends (it queries through pooled clients).
pool.on('connect', (client) => {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    statements += 1;
    return query(...args);
  };
});

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const handler = serv.createHandler();

const server = createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/__stats') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ statements }));
    return;
  }
  handler(request, response, () => response.writeHead(404).end());
});
// Build the schema before saying we are ready, so the first measured request does not pay for it.
await pgl.getSchemaResult();
server.listen(Number(portArg ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening on ${typeof address === 'object' && address ? address.port : portArg}`);
});
const stop = () => {
  server.close();
  void Promise.resolve(pgl.release()).then(() => pool.end());
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
