import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ward } from '../geography/ward.entity.js';
import { Agency } from '../organisations/agency.entity.js';
import { PostOffice } from '../organisations/post-office.entity.js';
import { AgreementStatusChange } from './agreement-status-change.entity.js';
import { Agreement } from './agreement.entity.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';

const STATUS_ON = `query ($code: String!, $day: Date) { ward(code: $code) { signingStatus(asOf: $day) } }`;

/**
 * Where a ward stood on a past day is read from status history, by Vietnamese calendar days
 * (UTC+7): a change at 20:00 on 10 July in Hà Nội is 13:00 UTC the same day, one at 03:00 on
 * 11 July is still 10 July in UTC. Hà Nội's wards have no demo agreements, so these are the only ones.
 */
describe.each(testDialects)('signing on past days, from history and Vietnamese days, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect);
    const em = api.database.orm.em.fork();
    const [baDinh, hoanKiem] = await Promise.all([
      em.findOneOrFail(Ward, { code: '00004' }),
      em.findOneOrFail(Ward, { code: '00070' }),
    ]);
    const agency = await em.findOneOrFail(Agency, { code: 'BHXH-79' });
    const postOffice = await em.findOneOrFail(PostOffice, { code: 'BD-79' });
    // Ba Đình: drafted late on 10 July, sent early on 11 July (Vietnamese time), signed in August.
    const baDinhAgreement = em.create(Agreement, {
      ward: baDinh,
      agency,
      postOffice,
      status: 'SIGNED',
      signedOn: '2025-08-01',
      effectiveFrom: '2025-08-01',
      createdAt: new Date('2025-07-10T13:00:00Z'),
    });
    for (const [sequence, toStatus, at] of [
      [1, 'DRAFTING', '2025-07-10T20:00:00+07:00'],
      [2, 'AWAITING_SIGNATURES', '2025-07-11T03:00:00+07:00'],
      [3, 'SIGNED', '2025-08-01T10:00:00+07:00'],
    ] as const) {
      em.create(AgreementStatusChange, {
        agreement: baDinhAgreement,
        sequence,
        toStatus,
        changedAt: new Date(at),
        changedBy: 'test',
      });
    }
    // Hoàn Kiếm: signed and recorded on 1 August 2025 with no history at all (an import, say).
    em.create(Agreement, {
      ward: hoanKiem,
      agency,
      postOffice,
      status: 'SIGNED',
      signedOn: '2025-08-01',
      effectiveFrom: '2025-08-01',
      createdAt: new Date('2025-08-01T02:00:00Z'),
    });
    await em.flush();
  });
  afterAll(async () => {
    await api.close();
  });

  async function statusOn(code: string, day: string): Promise<string | undefined> {
    const result = await api.graphql<{ ward: { signingStatus: string } }>(STATUS_ON, { code, day });
    expect(result.errors).toBeUndefined();
    return result.data?.ward.signingStatus;
  }

  it('counts a change on the Vietnamese day it was made, not the UTC one', async () => {
    expect(await statusOn('00004', '2025-07-09')).toBe('NOT_STARTED');
    expect(await statusOn('00004', '2025-07-10')).toBe('DRAFTING');
    expect(await statusOn('00004', '2025-07-11')).toBe('AWAITING_SIGNATURES');
    expect(await statusOn('00004', '2025-08-01')).toBe('SIGNED');
  });

  it('judges an agreement without history by its present terms from the day it was recorded', async () => {
    expect(await statusOn('00070', '2025-07-31')).toBe('NOT_STARTED');
    expect(await statusOn('00070', '2025-08-01')).toBe('SIGNED');
    expect(await statusOn('00070', '2026-11-01')).toBe('SIGNED');
  });
});
