import { LoadStrategy, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../modules/access/account.entity.js';
import { Agreement } from '../modules/agreements/agreement.entity.js';
import { ParticipationFigureFlag } from '../modules/imports/figures/participation-figure-flag.entity.js';
import { ParticipationFigure } from '../modules/participation/participation-figure.entity.js';
import { ReminderSending } from '../modules/reminders/reminder-sending.entity.js';
import { entities } from './entities.js';
import { draftAgreement, signedWardCodes } from '../test-support/access-fixtures.js';
import { TEST_PASSWORD } from '../test-support/test-accounts.js';
import { testDialects } from '../test-support/test-databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

/** The populate of agreement-writes.service.ts `change`, and of the agreement page. */
const AGREEMENT_GRAPHS = [
  ['ward.province', 'signatories'],
  ['ward.province', 'signatories', 'history', 'agency.province', 'postOffice.province'],
] as const;

const WRITE = /^\[query\] (insert|update|delete)\b/i;

/** What the unit of work would write for everything `em` has loaded, once per `Class: prop, prop`. */
function pendingChanges(em: EntityManager): string[] {
  const uow = em.getUnitOfWork();
  uow.computeChangeSets();
  const changes = uow.getChangeSets().map((set) => `${set.meta.className}: ${Object.keys(set.payload).join(', ')}`);
  return [...new Set(changes)].sort();
}

/**
 * Loading must not make an entity look changed: MikroORM compares what it hydrated with a
 * snapshot of the entity, and a property whose two sides differ in form (a `Date` against
 * SQLite's milliseconds) is written back by the next flush, bumping `version` on agreements.
 */
describe.each(testDialects)('entities loaded and left alone, on %s', (dialect) => {
  let api: TestServer;
  const statements: string[] = [];
  let entityTypes: EntityMetadata[];
  beforeAll(async () => {
    api = await startTestServer(dialect, { statementSink: (statement) => statements.push(statement) });
    // Rows for every table: an audit record (a write through the API), a session, a flag on a
    // figure and a reminder sending written straight to the database (imports raise flags only on
    // odd figures; reminders are sent only by `tripartite remind` over SMTP).
    await draftAgreement(api, (await signedWardCodes(api))[0]!);
    await api.signIn(api.admin.account.email, TEST_PASSWORD);
    const em = api.database.orm.em.fork();
    const figure = await em.findOneOrFail(ParticipationFigure, { province: { $ne: null } }, { orderBy: { id: 'asc' } });
    em.create(ParticipationFigureFlag, {
      figure,
      province: figure.province!,
      kind: 'FAR_FROM_PREVIOUS',
      message: 'Test flag',
      importedFrom: 'test.csv, line 2',
    });
    em.create(ReminderSending, {
      account: em.getReference(Account, api.admin.account.id),
      recipient: api.admin.account.email,
      period: '2026-12-04',
      agreementIds: [],
    });
    await em.flush();
    entityTypes = [...api.database.orm.getMetadata()].filter(
      (meta) => !meta.abstract && !meta.embeddable && !meta.pivotTable,
    );
  });
  afterAll(async () => {
    await api.close();
  });

  it('loads rows of every entity type that nothing reports as changed', async () => {
    const em = api.database.orm.em.fork();
    // Every entity of db/entities.ts but the abstract ServiceUnit.
    expect(entityTypes.map((meta) => meta.className).sort()).toHaveLength(entities.length - 1);
    const empty: string[] = [];
    for (const meta of entityTypes) {
      const rows = await em.find(meta.class, {}, { limit: 50 });
      if (rows.length === 0) empty.push(meta.className);
    }
    // Every type is checked on real rows, so a clean result means something.
    expect(empty).toEqual([]);
    expect(pendingChanges(em)).toEqual([]);
  });

  it.each([LoadStrategy.JOINED, LoadStrategy.SELECT_IN, LoadStrategy.BALANCED])(
    'loads agreements with their ward, parties, signatories and history (%s), and a flush writes nothing',
    async (strategy) => {
      for (const populate of AGREEMENT_GRAPHS) {
        const em = api.database.orm.em.fork();
        const agreements = await em.find(Agreement, {}, { populate, strategy, limit: 30, orderBy: { id: 'asc' } });
        expect(agreements.length).toBeGreaterThan(0);
        expect(pendingChanges(em)).toEqual([]);
        statements.length = 0;
        await em.flush();
        expect(new Set(statements.filter((statement) => WRITE.test(statement)))).toEqual(new Set());
      }
    },
  );

  it('a query in AUTO flush mode after loading writes nothing, and versions stay as they were', async () => {
    const versions = async () =>
      Object.fromEntries(
        (await api.database.orm.em.fork().find(Agreement, {}, { fields: ['version'] })).map((a) => [a.id, a.version]),
      );
    const before = await versions();
    const em = api.database.orm.em.fork();
    const loaded = await em.find(Agreement, {}, { populate: AGREEMENT_GRAPHS[0], limit: 30 });
    // Persisting a managed entity queues its type, so the next query of that type flushes first.
    em.persist(loaded);
    statements.length = 0;
    await em.find(Agreement, { status: 'SIGNED' });
    expect(statements.filter((statement) => WRITE.test(statement))).toEqual([]);
    expect(await versions()).toEqual(before);
  });
});
