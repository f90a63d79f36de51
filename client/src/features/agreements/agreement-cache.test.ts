import { cacheExchange } from '@urql/exchange-graphcache';
import { Client, fetchExchange } from 'urql';
import { describe, expect, it } from 'vitest';
import schema from '../../graphql/generated/introspection';
import { updates } from '../../lib/cache-updates';
import { embeddedValueKeys } from '../../lib/graphcache-keys';
import { AgreementQuery, RecordSignatureMutation } from './agreement-documents';

/** The agreement as the server answers it (the page's AgreementDetails), at a version. */
function agreementAt(version: number, signed: string[]) {
  const party = (name: string) => ({
    __typename: 'AgreementSignatory',
    party: name,
    name: `Người ký ${name}`,
    title: 'Đại diện',
    signedOn: signed.includes(name) ? '2026-12-03' : null,
  });
  return {
    __typename: 'Agreement',
    id: 'a1',
    status: 'AWAITING_SIGNATURES',
    version,
    referenceNumber: null,
    signedOn: null,
    effectiveFrom: null,
    effectiveTo: null,
    notes: null,
    updatedAt: `2026-12-03T0${version}:00:00.000Z`,
    // What the server says this person may do (capability fields of AgreementDetails).
    viewerCanChange: true,
    viewerCanRecordSignature: true,
    viewerNextStatuses: ['DRAFTING', 'TERMINATED'],
    ward: {
      __typename: 'Ward',
      id: 'w1',
      code: '26884',
      name: 'Gò Vấp',
      fullName: 'Phường Gò Vấp',
      province: { __typename: 'Province', id: 'p79', code: '79', fullName: 'Thành phố Hồ Chí Minh' },
    },
    agency: { __typename: 'Agency', id: 'ag1', name: 'BHXH TP.HCM' },
    postOffice: { __typename: 'PostOffice', id: 'po1', name: 'Bưu điện TP.HCM', parent: null },
    signatories: ['PEOPLES_COMMITTEE', 'SOCIAL_INSURANCE_AGENCY', 'POST_OFFICE'].map(party),
    history: [],
  };
}

describe('the agreement page after one of its writes', () => {
  it('shows the answer of the write at once, without fetching the agreement again', async () => {
    // A server stand-in holding the agreement: the write signs for the agency and bumps the version.
    let stored = agreementAt(1, ['PEOPLES_COMMITTEE']);
    const calls: string[] = [];
    const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const url = new URL(String(input));
      const query = url.searchParams.get('query') ?? (JSON.parse(String(init?.body)) as { query: string }).query;
      const name = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '?';
      calls.push(name);
      if (name === 'RecordSignature') stored = agreementAt(2, ['PEOPLES_COMMITTEE', 'SOCIAL_INSURANCE_AGENCY']);
      const data = name === 'Agreement' ? { agreement: stored } : { recordSignature: stored };
      return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
    };
    const client = new Client({
      url: 'http://test.local/graphql',
      fetch,
      exchanges: [cacheExchange({ schema, keys: embeddedValueKeys(schema), updates }), fetchExchange],
    });
    const shown: string[] = [];
    const page = client.query(AgreementQuery, { id: 'a1' }).subscribe(({ data }) => {
      const agreement = data?.agreement;
      if (!agreement) return;
      const signed = agreement.signatories.filter((entry) => entry.signedOn).map((entry) => entry.party);
      shown.push(`v${agreement.version}: ${signed.join(', ')}`);
    });
    await expect.poll(() => shown.length).toBe(1);

    const answer = await client
      .mutation(RecordSignatureMutation, {
        input: { agreementId: 'a1', expectedVersion: 1, party: 'SOCIAL_INSURANCE_AGENCY', name: 'X', title: 'Y' },
      })
      .toPromise();
    expect(answer.error).toBeUndefined();
    await expect.poll(() => shown.at(-1)).toBe('v2: PEOPLES_COMMITTEE, SOCIAL_INSURANCE_AGENCY');
    // Give a refetch, if one were made, the time to go out.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toEqual(['Agreement', 'RecordSignature']);
    expect(shown).toEqual(['v1: PEOPLES_COMMITTEE', 'v2: PEOPLES_COMMITTEE, SOCIAL_INSURANCE_AGENCY']);
    page.unsubscribe();
  });
});
