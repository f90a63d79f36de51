/**
 * The floor: a minimal `node:http` server answering each read operation with one hand-written
 * SQL statement and JSON.stringify, on the same database as Tripartite. Started by the runner as
 * a child process: `floor-server.ts <sqlite|postgresql> <database url> <port>`.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import pg from 'pg';
import { agreementsPageAnswer, dashboardAnswer, headlineAnswer } from '../floor/answers.js';
import { agreementsPageSql, compile, dashboardSql, headlineSql, type Dialect } from '../floor/sql.js';
import { changeStatusFloor, type ChangeStatusInput } from '../floor/change-status.js';

const [dialectArg, url, portArg] = process.argv.slice(2);
const dialect = dialectArg as Dialect;
const vietnamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
let statements = 0;

type Query = (sql: string, values: Record<string, unknown>) => Promise<Record<string, unknown>[]>;
let query: Query;
let pool: pg.Pool | null = null;
let sqlite: DatabaseSync | null = null;
if (dialect === 'sqlite') {
  // Waits up to 5 s for another process's write lock (Tripartite's server, on the same file, writes
  // in the background) instead of failing at once with SQLITE_BUSY, as Tripartite's connection
  // does: without it the floor's own status changes failed now and then under load.
  sqlite = new DatabaseSync(url!.replace(/^sqlite:/, ''), { timeout: 5000 });
  const prepared = new Map<string, { statement: StatementSync; names: string[] }>();
  query = async (sql, values) => {
    let entry = prepared.get(sql);
    if (!entry) {
      const { text, names } = compile(sql, dialect);
      entry = { statement: sqlite!.prepare(text), names };
      prepared.set(sql, entry);
    }
    statements += 1;
    return entry.statement.all(...entry.names.map((name) => values[name] as string | number | null)) as Record<
      string,
      unknown
    >[];
  };
} else {
  // Dates as the API writes them (`YYYY-MM-DD`), not as JavaScript Dates at local midnight.
  pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
  // Ten connections: node-postgres's default, which Tripartite (MikroORM) and PostGraphile use too.
  pool = new pg.Pool({ connectionString: url, max: 10 });
  const compiled = new Map<string, { text: string; names: string[] }>();
  query = async (sql, values) => {
    let entry = compiled.get(sql);
    if (!entry) compiled.set(sql, (entry = compile(sql, dialect)));
    statements += 1;
    const result = await pool!.query({
      // A named statement is prepared once per connection, as an ORM's would be reused.
      name: `floor_${[...compiled.keys()].indexOf(sql)}`,
      text: entry.text,
      values: entry.names.map((name) => values[name]),
    });
    return result.rows as Record<string, unknown>[];
  };
}

const HEADLINE = headlineSql(dialect);
const DASHBOARD = dashboardSql(dialect);
const AGREEMENTS_PAGE = agreementsPageSql(dialect);

async function body(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? {} : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
}

const handlers: Record<string, (input: Record<string, unknown>) => Promise<unknown>> = {
  headline: async ({ provinceCode }) => {
    const day = vietnamDay.format(new Date());
    return headlineAnswer(await query(HEADLINE, { provinceCode, day }), day);
  },
  dashboard: async ({ provinceCode, year }) => {
    const day = vietnamDay.format(new Date());
    const values = { provinceCode, day, year, yearStart: `${year}-01-01`, yearEnd: `${year}-12-31` };
    return dashboardAnswer(await query(DASHBOARD, values));
  },
  agreementsPage: async ({ provinceCode, first }) => {
    const day = vietnamDay.format(new Date());
    const rows = await query(AGREEMENTS_PAGE, { provinceCode, day, limit: Number(first) + 1 });
    return agreementsPageAnswer(rows, Number(first));
  },
  changeStatus: async (input) => {
    const result = await changeStatusFloor({ dialect, pool, sqlite }, input as ChangeStatusInput);
    statements += result.statements;
    return result.answer;
  },
};

const server = createServer((request, response) => {
  const path = (request.url ?? '/').slice(1);
  if (request.method === 'GET' && path === '__stats') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ statements }));
    return;
  }
  const handler = handlers[path];
  if (!handler || request.method !== 'POST') {
    response.writeHead(404).end();
    return;
  }
  body(request)
    .then(handler)
    .then((answer) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    })
    .catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
});
server.listen(Number(portArg ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening on ${typeof address === 'object' && address ? address.port : portArg}`);
});
const stop = () => {
  server.close();
  void pool?.end();
  sqlite?.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
