import { getNamedType, GraphQLEnumType, GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../graphql/build-schema.js';
import {
  createRoleAccounts,
  CREATE_AGREEMENT,
  draftAgreement,
  signedWardCodes,
  SPARE_HANOI_WARDS,
  type RoleAccounts,
} from '../../test-support/access-fixtures.js';
import { createTestAccount, TEST_PASSWORD } from '../../test-support/test-accounts.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';
import { AuditRecord } from '../audit/audit-record.entity.js';
import { Ward } from '../geography/ward.entity.js';
import { PostOffice } from '../organisations/post-office.entity.js';

type Who = keyof RoleAccounts | 'anonymous';
type Scope = 'inside' | 'outside';
type Expected = 'allow' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'ROW_PROBLEM';

const IMPORT_FIGURES =
  'mutation ($input: ImportFileInput!) { importParticipationFigures(input: $input) { written problems { line } } }';
const IMPORT_AGREEMENTS =
  'mutation ($input: ImportFileInput!) { importAgreementStatuses(input: $input) { written problems { line } } }';
/** One attempt: the operation and its variables, prepared fresh (each allowed attempt changes data). */
type Attempt = { query: string; variables: Record<string, unknown> };

const WHO: Who[] = [
  'admin',
  'directorHcm',
  'coordinatorHcm',
  'viewer',
  'directorHanoi',
  'coordinatorHanoi',
  'anonymous',
];

/**
 * Expected outcome for each role, inside Ho Chi Minh City's scope (its wards, its post office's
 * agreements, its targets) and outside it (Hà Nội's). The Hà Nội director and coordinator see
 * the same rows from the other side: Ho Chi Minh City is outside for them.
 */
const RULES: Record<string, { writers: Who[]; scoped: boolean }> = {
  createAgreement: {
    writers: ['admin', 'directorHcm', 'coordinatorHcm', 'directorHanoi', 'coordinatorHanoi'],
    scoped: true,
  },
  changeAgreementStatus: {
    writers: ['admin', 'directorHcm', 'coordinatorHcm', 'directorHanoi', 'coordinatorHanoi'],
    scoped: true,
  },
  recordSignature: {
    writers: ['admin', 'directorHcm', 'coordinatorHcm', 'directorHanoi', 'coordinatorHanoi'],
    scoped: true,
  },
  setTarget: { writers: ['admin', 'directorHcm', 'directorHanoi'], scoped: true },
  recordParticipationFigure: { writers: ['admin', 'directorHcm', 'directorHanoi'], scoped: true },
  // Before signOut, which ends the sessions the later cases would use.
  importParticipationFigures: { writers: ['admin', 'directorHcm', 'directorHanoi'], scoped: true },
  importAgreementStatuses: {
    writers: ['admin', 'directorHcm', 'coordinatorHcm', 'directorHanoi', 'coordinatorHanoi'],
    scoped: true,
  },
  createAccount: { writers: ['admin'], scoped: false },
  setAccountActive: { writers: ['admin'], scoped: false },
  createApiToken: {
    writers: ['admin', 'directorHcm', 'coordinatorHcm', 'viewer', 'directorHanoi', 'coordinatorHanoi'],
    scoped: false,
  },
  revokeApiToken: {
    writers: ['admin', 'directorHcm', 'coordinatorHcm', 'viewer', 'directorHanoi', 'coordinatorHanoi'],
    scoped: false,
  },
  signOut: {
    writers: ['admin', 'directorHcm', 'coordinatorHcm', 'viewer', 'directorHanoi', 'coordinatorHanoi'],
    scoped: false,
  },
  signIn: { writers: [...WHO], scoped: false },
};

/**
 * Imports report rows outside the caller's scope as problems of the file (with every other bad
 * row) instead of failing the request: nothing is written, and the result names the line.
 */
const IMPORTS = new Set(['importParticipationFigures', 'importAgreementStatuses']);

function expected(mutation: string, who: Who, scope: Scope): Expected {
  const rule = RULES[mutation]!;
  if (who === 'anonymous' && mutation !== 'signIn') return 'UNAUTHENTICATED';
  if (!rule.writers.includes(who)) return 'FORBIDDEN';
  if (!rule.scoped || who === 'admin') return 'allow';
  // Hà Nội's director and coordinator are inside Hà Nội, so Ho Chi Minh City's rows are outside for them.
  const homeIsHcm = !who.endsWith('Hanoi');
  if ((scope === 'inside') === homeIsHcm) return 'allow';
  return IMPORTS.has(mutation) ? 'ROW_PROBLEM' : 'FORBIDDEN';
}

describe.each(testDialects)('every mutation as every role, inside and outside its scope, on %s', (dialect) => {
  let api: TestServer;
  let accounts: RoleAccounts;
  let freeWards: string[];
  const hanoiWards = [...SPARE_HANOI_WARDS];
  /** Each role asks from a signed-in session, as in the app (API tokens are made from sessions). */
  const sessions: Partial<Record<Who, string>> = {};
  const as = (who: Who) => ({ token: null, headers: who === 'anonymous' ? {} : { cookie: sessions[who]! } });
  let year = 2030;
  let importedPeriods = 0;

  beforeAll(async () => {
    api = await startTestServer(dialect);
    accounts = await createRoleAccounts(api);
    freeWards = await signedWardCodes(api);
    for (const who of WHO) {
      if (who !== 'anonymous') sessions[who] = await api.signIn(accounts[who].account.email, TEST_PASSWORD);
    }
  });
  afterAll(async () => {
    await api.close();
  });

  /** The unit of each scope: Ho Chi Minh City's rows inside, Hà Nội's outside. */
  async function attemptOf(mutation: string, scope: Scope, who: Who): Promise<Attempt> {
    const hcm = scope === 'inside';
    const freeWard = () => (hcm ? freeWards : hanoiWards).pop()!;
    switch (mutation) {
      case 'createAgreement':
        return { query: CREATE_AGREEMENT, variables: { wardCode: freeWard() } };
      case 'changeAgreementStatus':
        return {
          query: `mutation ($id: ID!) { changeAgreementStatus(input: { agreementId: $id, status: AWAITING_SIGNATURES, expectedVersion: 1 }) { version } }`,
          variables: { id: await draftAgreement(api, freeWard()) },
        };
      case 'recordSignature':
        return {
          query: `mutation ($id: ID!) { recordSignature(input: { agreementId: $id, expectedVersion: 1, party: PEOPLES_COMMITTEE, name: "Nguyễn Văn An", title: "Chủ tịch UBND phường" }) { version } }`,
          variables: { id: await draftAgreement(api, freeWard()) },
        };
      case 'setTarget':
        return {
          query: `mutation ($code: String!, $year: Int!) { setTarget(input: { provinceCode: $code, scheme: VOLUNTARY_SOCIAL_INSURANCE, year: $year, totalParticipants: 20000, source: { title: "Kế hoạch", publisher: "BHXH" } }) { version } }`,
          variables: { code: hcm ? '79' : '01', year: year++ },
        };
      case 'recordParticipationFigure':
        return {
          query: `mutation ($code: String!) { recordParticipationFigure(input: { provinceCode: $code, scheme: VOLUNTARY_SOCIAL_INSURANCE, measure: ENROLLED_IN_PERIOD, periodStart: "2026-01-01", periodEnd: "2026-01-31", participants: 1200, source: { title: "Báo cáo tháng 1", publisher: "BHXH" } }) { id } }`,
          variables: { code: hcm ? '79' : '01' },
        };
      case 'createAccount':
        return {
          query: `mutation ($email: String!) { createAccount(input: { email: $email, displayName: "New viewer", password: "${TEST_PASSWORD}", role: VIEWER }) { id } }`,
          variables: { email: `new.${crypto.randomUUID()}@test.local` },
        };
      case 'setAccountActive': {
        const someone = await createTestAccount(api.database.orm, { role: 'VIEWER' });
        return {
          query: 'mutation ($id: ID!) { setAccountActive(id: $id, active: false) { active } }',
          variables: { id: someone.account.id },
        };
      }
      case 'createApiToken':
        return { query: 'mutation { createApiToken(input: { name: "tool" }) { token } }', variables: {} };
      case 'revokeApiToken': {
        // A token of the asker's own (anonymous askers get an admin's, which they must not revoke).
        const created = await api.graphql<{ createApiToken: { apiToken: { id: string } } }>(
          'mutation { createApiToken(input: { name: "to revoke" }) { apiToken { id } } }',
          {},
          as(who === 'anonymous' ? 'admin' : who),
        );
        return {
          query: 'mutation ($id: ID!) { revokeApiToken(id: $id) { revokedAt } }',
          variables: { id: created.data!.createApiToken.apiToken.id },
        };
      }
      case 'signOut':
        // A fresh session each time: the one signed out is gone for the cases after it.
        if (who !== 'anonymous') sessions[who] = await api.signIn(accounts[who].account.email, TEST_PASSWORD);
        return { query: 'mutation { signOut }', variables: {} };
      case 'signIn':
        return {
          query: `mutation { signIn(email: "${accounts.viewer.account.email}", password: "${TEST_PASSWORD}") { expiresAt } }`,
          variables: {},
        };
      case 'importParticipationFigures': {
        // A period of its own for each attempt, so no attempt finds its figure already recorded.
        const periodEnd = new Date(Date.UTC(2024, 0, 1 + importedPeriods++)).toISOString().slice(0, 10);
        const csv = `province_code,ward_code,scheme,measure,period_start,period_end,participants,source_title,source_publisher\n${hcm ? '79' : '01'},,VOLUNTARY_SOCIAL_INSURANCE,ENROLLED_IN_PERIOD,2024-01-01,${periodEnd},50,Báo cáo,BHXH\n`;
        return { query: IMPORT_FIGURES, variables: { input: { csv, fileName: 'figures.csv' } } };
      }
      case 'importAgreementStatuses':
        return {
          query: IMPORT_AGREEMENTS,
          variables: { input: { csv: `ward_code,status\n${freeWard()},DRAFTING\n`, fileName: 'agreements.csv' } },
        };
      default:
        throw new Error(`No attempt written for ${mutation}`);
    }
  }

  const cases = Object.keys(RULES).flatMap((mutation) =>
    WHO.flatMap((who) => (['inside', 'outside'] as const).map((scope) => ({ mutation, who, scope }))),
  );

  it.each(cases)('$mutation as $who, $scope', async ({ mutation, who, scope }) => {
    const attempt = await attemptOf(mutation, scope, who);
    const auditBefore = await api.database.orm.em.fork().count(AuditRecord);
    const result = await api.graphql(attempt.query, attempt.variables, as(who));
    const auditAfter = await api.database.orm.em.fork().count(AuditRecord);
    const outcome = expected(mutation, who, scope);
    if (outcome === 'allow') {
      expect(result.errors).toBeUndefined();
      // An import audits each row it writes and the import itself.
      expect(auditAfter - auditBefore).toBe(IMPORTS.has(mutation) ? 2 : 1);
    } else if (outcome === 'ROW_PROBLEM') {
      const report = result.data?.[mutation] as { written: boolean; problems: { line: number }[] };
      expect(report).toMatchObject({ written: false, problems: [{ line: 2 }] });
      expect(auditAfter).toBe(auditBefore);
    } else {
      expect(result.errors?.[0]?.extensions?.['code']).toBe(outcome);
      expect(result.data?.[mutation] ?? null).toBeNull();
      expect(auditAfter).toBe(auditBefore);
    }
  });

  it('covers every mutation of the schema', async () => {
    const schema = await buildApiSchema();
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual(Object.keys(RULES).sort());
  });

  it('leaves another post office’s agreement untouched when its id is guessed, in the same city too', async () => {
    // A commune post point of Ho Chi Minh City, under the city's post office, serving one ward.
    const em = api.database.orm.em.fork();
    const city = await em.findOneOrFail(PostOffice, { code: 'BD-79' }, { populate: ['province'] });
    const ward = await em.findOneOrFail(Ward, { code: freeWards.pop()!, validTo: null });
    const branch = em.create(PostOffice, {
      code: 'BD-79-TEST',
      name: 'Điểm Bưu điện thử',
      level: 'COMMUNE',
      parent: city,
      province: city.province,
      areaServed: ward.name,
      validFrom: '2025-07-01',
    });
    branch.servedWards.add(ward);
    await em.flush();
    const branchCoordinator = await createTestAccount(api.database.orm, {
      role: 'COORDINATOR',
      postOfficeCode: 'BD-79-TEST',
    });

    const citysAgreement = await draftAgreement(api, freeWards.pop()!);
    for (const intruder of [branchCoordinator.token, accounts.coordinatorHanoi.token]) {
      const guess = await api.graphql(
        `mutation { changeAgreementStatus(input: { agreementId: "${citysAgreement}", status: TERMINATED, expectedVersion: 1, note: "guess" }) { id } }`,
        {},
        { token: intruder },
      );
      expect(guess.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    const after = await api.graphql<{ agreement: { status: string; version: number } }>(
      `{ agreement(id: "${citysAgreement}") { status version } }`,
    );
    expect(after.data?.agreement).toEqual({ status: 'DRAFTING', version: 1 });

    // The branch's own ward is theirs; the city's coordinator, above the branch, may act on it too.
    const own = await api.graphql<{ createAgreement: { id: string; postOffice: { code: string } } }>(
      `mutation { createAgreement(input: { wardCode: "${ward.code}" }) { id postOffice { code } } }`,
      {},
      { token: branchCoordinator.token },
    );
    expect(own.data?.createAgreement.postOffice.code).toBe('BD-79-TEST');
    const above = await api.graphql(
      `mutation { changeAgreementStatus(input: { agreementId: "${own.data!.createAgreement.id}", status: AWAITING_SIGNATURES, expectedVersion: 1 }) { id } }`,
      {},
      { token: accounts.coordinatorHcm.token },
    );
    expect(above.errors).toBeUndefined();
  });
});

describe('every query field', () => {
  it('needs a signed-in account, except `viewer` (null when anonymous)', async () => {
    const api = await startTestServer('sqlite', { seedDemoData: false });
    try {
      const schema = await buildApiSchema();
      const open = new Set(['viewer']);
      for (const [name, field] of Object.entries(schema.getQueryType()!.getFields())) {
        if (open.has(name)) continue;
        // The cheapest selection that reaches the resolver: one scalar field of the result, or none.
        const type = getNamedType(field.type);
        const selection = type instanceof GraphQLObjectType ? ` { __typename }` : '';
        const valueOf = (argument: (typeof field.args)[number]) => {
          const type = getNamedType(argument.type);
          if (type instanceof GraphQLEnumType) return type.getValues()[0]!.name;
          return type.name === 'Int' ? 1 : '"x"';
        };
        const args = field.args
          .filter((argument) => argument.type.toString().endsWith('!'))
          .map((argument) => `${argument.name}: ${valueOf(argument)}`);
        const query = `{ ${name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
        const result = await api.graphql(query, {}, { token: null });
        expect(result.errors?.[0]?.extensions?.['code'], `${name}: ${JSON.stringify(result)}`).toBe('UNAUTHENTICATED');
      }
      expect((await api.graphql('{ viewer { id } }', {}, { token: null })).data).toEqual({ viewer: null });
    } finally {
      await api.close();
    }
  });
});
