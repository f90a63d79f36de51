import { Client, fetchExchange, gql } from 'urql';
import { afterEach, describe, expect, it } from 'vitest';
import { clearOfflineWrites, enqueueWrite, offlineWrites, sendWaitingWrites } from './offline-writes';

const RECORD = gql`
  mutation ($input: RecordSignatureInput!) {
    recordSignature(input: $input) {
      id
      version
    }
  }
`;

type Sent = { input: { expectedVersion: number; clientWriteId?: string; party: string } };

/** A urql client whose network is a function: what each request carried, answered as given. */
function clientAnswering(answer: (sent: Sent) => unknown) {
  const sent: Sent[] = [];
  const client = new Client({
    url: 'http://tripartite.test/graphql',
    exchanges: [fetchExchange],
    fetch: (_input, init) => {
      const variables = (JSON.parse(String(init?.body)) as { variables: Sent }).variables;
      sent.push(variables);
      return Promise.resolve(Response.json({ data: answer(variables) }));
    },
  });
  return { client, sent };
}

const write = (party: string, expectedVersion: number) => ({
  accountId: 'coordinator',
  agreementId: 'agreement-1',
  summary: { key: 'offline.signature', values: { party, name: 'Nguyễn Văn A' } },
  query: RECORD,
  variables: { input: { agreementId: 'agreement-1', party, name: 'Nguyễn Văn A', title: 'Giám đốc', expectedVersion } },
});

describe('the writes waiting on the device', () => {
  afterEach(() => clearOfflineWrites());

  it('are sent with their own id as clientWriteId, so the server applies each once however often it arrives', async () => {
    await enqueueWrite(write('SOCIAL_INSURANCE_AGENCY', 1));
    await enqueueWrite(write('POST_OFFICE', 1));
    const ids = offlineWrites.snapshot().map((entry) => entry.id);
    const { client, sent } = clientAnswering(({ input }) => ({
      recordSignature: { __typename: 'Agreement', id: 'agreement-1', version: input.expectedVersion + 1 },
    }));
    await sendWaitingWrites(client, 'coordinator');
    expect(sent.map(({ input }) => input.clientWriteId)).toEqual(ids);
    expect(offlineWrites.snapshot()).toEqual([]);
  });

  it('keep the id a write was first sent with online (its answer may have been lost after it was applied)', async () => {
    const id = crypto.randomUUID();
    await enqueueWrite({ ...write('POST_OFFICE', 4), id });
    expect(offlineWrites.snapshot().map((entry) => entry.id)).toEqual([id]);
  });

  it('build the next write on the version the last one made, not on a replayed answer showing later changes', async () => {
    await enqueueWrite(write('SOCIAL_INSURANCE_AGENCY', 1));
    await enqueueWrite(write('POST_OFFICE', 1));
    // The first was applied before (its answer lost); someone has changed the agreement since, and
    // the server answers this copy with the agreement as it is now: version 5.
    const { client, sent } = clientAnswering(() => ({
      recordSignature: { __typename: 'Agreement', id: 'agreement-1', version: 5 },
    }));
    await sendWaitingWrites(client, 'coordinator');
    // Against version 2, the one the first write made: the server refuses it as stale, never
    // overwriting the other person's change unseen.
    expect(sent.map(({ input }) => input.expectedVersion)).toEqual([1, 2]);
  });
});
