import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WARDS_LACKING } from '../../db/seeders/demo/ho-chi-minh-city-agreements.seed.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { createTestAccount } from '../../test-support/test-accounts.js';
import { testDialects } from '../../test-support/test-databases.js';

type Stalled = {
  status: string;
  idleSince: string;
  daysIdle: number;
  lastChangedBy: string;
  ward: { code: string; name: string };
  agreement: { id: string; version: number };
};

const STALLED = `query ($code: String!, $idleDays: Int) {
  stalledAgreements(provinceCode: $code, idleDays: $idleDays) {
    status idleSince daysIdle lastChangedBy ward { code name } agreement { id version }
  }
}`;
const DIGEST = `{ myReminderDigest { idleDays agreements { ward { code } daysIdle } } }`;

/** The demo's open agreements: 5 awaiting signatures and 3 drafting, untouched since 2025. */
const OPEN_IN_DEMO = Object.entries(DEMO_WARDS_LACKING)
  .filter(([, standing]) => standing === 'AWAITING_SIGNATURES' || standing === 'DRAFTING')
  .map(([code]) => code);

describe.each(testDialects)('stalled agreements, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect);
  });
  afterAll(async () => {
    await api.close();
  });

  async function stalled(idleDays?: number): Promise<Stalled[]> {
    const result = await api.graphql<{ stalledAgreements: Stalled[] }>(STALLED, {
      code: '79',
      ...(idleDays === undefined ? {} : { idleDays }),
    });
    expect(result.errors).toBeUndefined();
    return result.data!.stalledAgreements;
  }

  it('lists the open agreements idle for 30 days or more, the longest idle first, with who changed them last', async () => {
    const rows = await stalled();
    expect(rows.map((row) => row.ward.code).sort()).toEqual([...OPEN_IN_DEMO].sort());
    expect(rows.every((row) => row.status === 'DRAFTING' || row.status === 'AWAITING_SIGNATURES')).toBe(true);
    expect(rows.every((row) => row.daysIdle >= 30)).toBe(true);
    const idle = rows.map((row) => row.daysIdle);
    expect(idle).toEqual([...idle].sort((a, b) => b - a));
    expect(rows[0]!.lastChangedBy).toBe('Phòng Quản lý thu, BHXH TP.HCM (dữ liệu mẫu)');
    const since = new Date(rows[0]!.idleSince).getTime();
    expect(rows[0]!.daysIdle).toBe(Math.floor((Date.now() - since) / 86_400_000));
  });

  it('an agreement someone changes leaves the list, and shows who changed it when counting from 0 days', async () => {
    const [first] = await stalled();
    const change = await api.graphql(
      `mutation ($input: RecordSignatureInput!) { recordSignature(input: $input) { version } }`,
      {
        input: {
          agreementId: first!.agreement.id,
          expectedVersion: first!.agreement.version,
          party: 'POST_OFFICE',
          name: 'Trần Thị Bích',
          title: 'Phó Giám đốc Bưu điện Thành phố Hồ Chí Minh',
        },
      },
    );
    expect(change.errors).toBeUndefined();
    expect((await stalled()).map((row) => row.agreement.id)).not.toContain(first!.agreement.id);
    const all = await stalled(0);
    expect(all).toHaveLength(OPEN_IN_DEMO.length);
    expect(all.at(-1)).toMatchObject({ agreement: { id: first!.agreement.id }, daysIdle: 0 });
    expect(all.at(-1)!.lastChangedBy).toContain(api.admin.account.email);
  });

  it('refuses a negative number of days and an unknown province, in words', async () => {
    const negative = await api.graphql(STALLED, { code: '79', idleDays: -1 });
    expect(negative.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const unknown = await api.graphql(STALLED, { code: '00' });
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const anonymous = await api.graphql(STALLED, { code: '79' }, { token: null });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('reminds a director and a coordinator of the city of its stalled agreements, and a viewer of none', async () => {
    const director = await createTestAccount(api.database.orm, { role: 'DIRECTOR', agencyCode: 'BHXH-79' });
    const coordinator = await createTestAccount(api.database.orm, { role: 'COORDINATOR', postOfficeCode: 'BD-79' });
    const viewer = await createTestAccount(api.database.orm, { role: 'VIEWER' });
    const inCity = (await stalled()).map((row) => row.ward.code);
    type Digest = { myReminderDigest: { idleDays: number; agreements: { ward: { code: string } }[] } };
    for (const account of [director, coordinator]) {
      const digest = await api.graphql<Digest>(DIGEST, {}, { token: account.token });
      expect(digest.errors).toBeUndefined();
      expect(digest.data!.myReminderDigest.idleDays).toBe(30);
      expect(digest.data!.myReminderDigest.agreements.map((row) => row.ward.code)).toEqual(inCity);
    }
    const none = await api.graphql<Digest>(DIGEST, {}, { token: viewer.token });
    expect(none.data!.myReminderDigest.agreements).toEqual([]);
  });
});
