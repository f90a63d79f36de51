import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';
import { AuditRecord } from '../audit/audit-record.entity.js';
import { Target } from './target.entity.js';

const SET = `mutation ($input: SetTargetInput!) { setTarget(input: $input) { id version totalParticipants retainedParticipants newParticipants } }`;
const source = {
  title: 'Quyết định giao chỉ tiêu',
  publisher: 'BHXH Thành phố Hồ Chí Minh',
  publishedOn: '2026-01-05',
};
const base = {
  provinceCode: '79',
  scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
  // A year the demo data sets no target for (it sets 2024 to 2026).
  year: 2027,
  totalParticipants: 20_000,
  source,
};

describe.each(testDialects)('setting targets and recording figures, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect);
  });
  afterAll(async () => {
    await api.close();
  });

  it('sets a target, refuses to overwrite it blind, and replaces it with the version seen', async () => {
    const first = await api.graphql<{ setTarget: { id: string; version: number } }>(SET, { input: base });
    expect(first.data?.setTarget.version).toBe(1);
    const blind = await api.graphql(SET, { input: { ...base, totalParticipants: 21_000 } });
    expect(blind.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      current: { version: 1, totalParticipants: 20_000 },
    });
    const replaced = await api.graphql<{ setTarget: { id: string; version: number; totalParticipants: number } }>(SET, {
      input: { ...base, totalParticipants: 21_000, expectedVersion: 1 },
    });
    expect(replaced.data?.setTarget).toMatchObject({
      id: first.data!.setTarget.id,
      version: 2,
      totalParticipants: 21_000,
    });
    const stale = await api.graphql(SET, { input: { ...base, totalParticipants: 22_000, expectedVersion: 1 } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', current: { version: 2 } });
  });

  it('writes nothing, and records nothing, when the same values are set again', async () => {
    const input = { ...base, year: 2029 };
    const first = await api.graphql<{ setTarget: { id: string; version: number } }>(SET, { input });
    const same = await api.graphql<{ setTarget: { id: string; version: number } }>(SET, {
      input: { ...input, expectedVersion: 1 },
    });
    expect(same.data?.setTarget).toMatchObject({ id: first.data!.setTarget.id, version: 1 });
    const records = await api.database.orm.em.fork().count(AuditRecord, { entityId: first.data!.setTarget.id });
    expect(records).toBe(1);
  });

  it('puts a past year’s target on the unit as it stood then (79 in 2024 is the city before the merger)', async () => {
    const set = await api.graphql<{ setTarget: { id: string } }>(SET, {
      input: { ...base, year: 2023, totalParticipants: 14_000 },
    });
    const target = await api.database.orm.em
      .fork()
      .findOneOrFail(Target, { id: set.data!.setTarget.id }, { populate: ['province'] });
    expect(target.province).toMatchObject({ code: '79', validTo: '2025-06-30' });
  });

  it('checks the numbers: retained + new = total, nothing negative, nothing above the population', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ retainedParticipants: 15_000, newParticipants: 4_000 }, 'input.newParticipants'],
      [{ retainedParticipants: 25_000 }, 'input.retainedParticipants'],
      [{ totalParticipants: 0 }, 'input.totalParticipants'],
      [{ totalParticipants: 200_000_000 }, 'input.totalParticipants'],
      [{ year: 1890 }, 'input.year'],
      [{ source: { ...source, title: '' } }, 'input.source.title'],
      [{ source: { ...source, url: 'javascript:alert(1)' } }, 'input.source.url'],
      [{ provinceCode: null }, 'input.provinceCode'],
      [{ wardCode: '26743' }, 'input.wardCode'],
      [{ provinceCode: '7' }, 'input.provinceCode'],
    ];
    for (const [change, field] of cases) {
      const result = await api.graphql(SET, { input: { ...base, year: 2028, ...change } });
      expect(result.errors?.[0]?.extensions, JSON.stringify(change)).toEqual({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('records participation figures, refusing a period that ends in the future or runs backwards', async () => {
    const RECORD = `mutation ($input: RecordParticipationFigureInput!) { recordParticipationFigure(input: $input) { id participants } }`;
    const figure = {
      wardCode: '26743',
      scheme: 'HOUSEHOLD_HEALTH_INSURANCE',
      measure: 'PARTICIPANTS_AT_PERIOD_END',
      periodStart: '2026-01-01',
      periodEnd: '2026-01-31',
      participants: 4_321,
      source,
    };
    const ok = await api.graphql<{ recordParticipationFigure: { participants: number } }>(RECORD, { input: figure });
    expect(ok.data?.recordParticipationFigure.participants).toBe(4_321);
    const future = await api.graphql(RECORD, { input: { ...figure, periodEnd: '2999-01-31' } });
    expect(future.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.periodEnd' });
    const backwards = await api.graphql(RECORD, { input: { ...figure, periodStart: '2026-02-01' } });
    expect(backwards.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.periodEnd' });
    const negative = await api.graphql(RECORD, { input: { ...figure, participants: -1 } });
    expect(negative.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.participants' });
  });
});
