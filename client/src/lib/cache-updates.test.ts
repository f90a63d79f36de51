import { cacheExchange } from '@urql/exchange-graphcache';
import { Client, fetchExchange, gql } from 'urql';
import { describe, expect, it } from 'vitest';
import schema from '../graphql/generated/introspection';
import { updates } from './cache-updates';
import { embeddedValueKeys } from './graphcache-keys';

const LackingQuery = gql`
  query Lacking {
    wardsLackingSignedAgreement(provinceCode: "79") {
      id
      name
    }
  }
`;

const ChangeStatus = gql`
  mutation Change {
    changeAgreementStatus(input: { agreementId: "a1", status: SIGNED, expectedVersion: 1 }) {
      id
      status
      version
    }
  }
`;

/** A server stand-in: answers by operation name and counts what reached it. */
function fakeServer(wardsPerCall: string[][]) {
  const calls: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const query = url.searchParams.get('query') ?? (JSON.parse(String(init?.body)) as { query: string }).query;
    const name = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '?';
    calls.push(name);
    const data =
      name === 'Lacking'
        ? {
            wardsLackingSignedAgreement: (wardsPerCall.shift() ?? []).map((id) => ({
              __typename: 'Ward',
              id,
              name: id,
            })),
          }
        : { changeAgreementStatus: { __typename: 'Agreement', id: 'a1', status: 'SIGNED', version: 2 } };
    return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
  };
  return { calls, fetch };
}

describe('cache updates after agreement mutations', () => {
  it('refetches the wards lacking a signed agreement after a status change, without a reload', async () => {
    const server = fakeServer([['w1', 'w2'], ['w2']]);
    const client = new Client({
      url: 'http://test.local/graphql',
      fetch: server.fetch,
      exchanges: [cacheExchange({ schema, keys: embeddedValueKeys(schema), updates }), fetchExchange],
    });
    const seen: string[][] = [];
    const subscription = client.query(LackingQuery, {}).subscribe((result) => {
      const wards = (result.data as { wardsLackingSignedAgreement?: { id: string }[] } | undefined)
        ?.wardsLackingSignedAgreement;
      if (wards) seen.push(wards.map((ward) => ward.id));
    });
    await expect.poll(() => seen.length).toBe(1);

    await client.mutation(ChangeStatus, {}).toPromise();
    // The open view gets the new list by itself: one more request, and the signed ward is gone.
    await expect.poll(() => seen.at(-1)).toEqual(['w2']);
    expect(server.calls).toEqual(['Lacking', 'Change', 'Lacking']);
    subscription.unsubscribe();
  });

  it('keys every type without an id as an embedded value', () => {
    const keys = embeddedValueKeys(schema);
    for (const name of ['SigningProgress', 'PageInfo', 'AgreementConnection', 'AgreementEdge', 'SignInResult']) {
      expect(keys[name]?.({ __typename: name })).toBeNull();
    }
    expect(keys['Agreement']).toBeUndefined();
    expect(keys['Query']).toBeUndefined();
  });
});
