import { DatabaseSync } from 'node:sqlite';
import type { Pool } from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSyntheticProvince } from '../test-support/synthetic-province.js';
import { testDialects } from '../test-support/test-databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { numberedPlaceholders } from './prepared-reads.js';

describe('placeholders for PostgreSQL', () => {
  it('numbers every ? in order', () => {
    expect(numberedPlaceholders('select ? where a = ? and b in (?, ?)', 4)).toBe(
      'select $1 where a = $2 and b in ($3, $4)',
    );
  });

  it('leaves quoted text alone and refuses a ? inside it', () => {
    expect(numberedPlaceholders(`select 'SIGNED', "x" from t where a = ?`, 1)).toBe(
      `select 'SIGNED', "x" from t where a = $1`,
    );
    expect(() => numberedPlaceholders(`select 'what?' where a = ?`, 1)).toThrow(/inside quotes/);
  });

  it('refuses a statement whose placeholders and values disagree', () => {
    expect(() => numberedPlaceholders('select ? and ?', 1)).toThrow(/2 placeholders for 1 values/);
  });
});

const HEADLINE = `query ($code: String!) {
  wardsLackingSignedAgreement(provinceCode: $code) { code signingStatus currentAgreement { status } }
}`;

describe.runIf(testDialects.includes('postgresql'))('hot reads on PostgreSQL', () => {
  let api: TestServer;
  let pool: Pool;

  beforeAll(async () => {
    api = await startTestServer('postgresql', { seedDemoData: false });
    await createSyntheticProvince(api.database.orm.em.fork(), { code: '90', wardCount: 10 });
    pool = (await api.database.orm.em.getConnection().getNativeClient()) as Pool;
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  /** The statements prepared on every connection of the pool, as PostgreSQL counts them. */
  async function preparedOnEveryConnection(): Promise<{ statement: string; runs: number }[]> {
    const clients = await Promise.all(Array.from({ length: pool.totalCount }, () => pool.connect()));
    try {
      const found: { statement: string; runs: number }[] = [];
      for (const client of clients) {
        const { rows } = await client.query<{ statement: string; runs: number }>(
          'select statement, generic_plans + custom_plans as runs from pg_prepared_statements',
        );
        found.push(...rows.map((row) => ({ statement: row.statement, runs: Number(row.runs) })));
      }
      return found;
    } finally {
      for (const client of clients) client.release();
    }
  }

  it('are parsed once per connection and run again from there, with bound values', async () => {
    const answers = [];
    for (let i = 0; i < 8; i += 1) answers.push(await api.graphql(HEADLINE, { code: '90' }));
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]!.errors).toBeUndefined();

    const headline = (await preparedOnEveryConnection()).filter((row) =>
      /from ward w\s+join province p/.test(row.statement),
    );
    // Prepared, not sent as text with the values written in: PostgreSQL lists it, with $n.
    expect(headline.length).toBeGreaterThan(0);
    for (const { statement } of headline) {
      expect(statement).toMatch(/p\.code = \$\d+ /);
      expect(statement).not.toContain("'90'");
    }
    // Eight requests ran it eight times in all, on however many connections the pool used.
    expect(headline.reduce((sum, row) => sum + row.runs, 0)).toBe(8);
  });
});

describe.runIf(testDialects.includes('sqlite'))('hot reads on SQLite', () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer('sqlite', { seedDemoData: false });
    await createSyntheticProvince(api.database.orm.em.fork(), { code: '90', wardCount: 10 });
    await createSyntheticProvince(api.database.orm.em.fork(), { code: '91', wardCount: 7 });
  }, 120_000);
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => {
    await api?.close();
  });

  it('bind their values, so one compiled statement serves every province', async () => {
    const prepare = vi.spyOn(DatabaseSync.prototype, 'prepare');
    const sizes = [];
    for (const code of ['90', '91', '90', '91']) {
      const answer = await api.graphql<{ wardsLackingSignedAgreement: unknown[] }>(HEADLINE, { code });
      expect(answer.errors).toBeUndefined();
      sizes.push(answer.data?.wardsLackingSignedAgreement.length);
    }
    expect(sizes).toEqual([sizes[0], sizes[1], sizes[0], sizes[1]]);
    expect(sizes[0]).not.toBe(sizes[1]);
    // By province code, as the headline asks (background work may read wards by province id).
    const headline = prepare.mock.calls
      .map(([sql]) => sql)
      .filter((sql) => /from ward w\s+join province p on p\.id = w\.province_id and p\.code = \?/.test(sql));
    expect(headline, headline.join('\n---\n')).toHaveLength(1);
  });
});
