import type { DatabaseClient } from './dataset/database-client.js';
import type { Operation, Request, ServerRef } from './operations.js';

/**
 * Operation 4: one agreement's status changes, with its history step and audit record, in one
 * transaction. Every request moves a different agreement between DRAFTING and AWAITING_SIGNATURES
 * (both directions are allowed by the lifecycle), naming the version it last saw, so each one is
 * a real, accepted write. Tripartite and the floor on the same database change disjoint halves of
 * the open agreements, so neither ever sees the other's versions. PostGraphile is not measured
 * for writes (it would need the rules and the audit trail written as SQL functions too).
 */
export const CHANGE_STATUS_MUTATION = `mutation ChangeStatus($input: ChangeAgreementStatusInput!) {
  changeAgreementStatus(input: $input) { id status version }
}`;

type OpenAgreement = { id: string; status: string; version: number };
const NOTE = 'Benchmark: returned for changes / sent again for signature.';
const flip = (status: string) => (status === 'DRAFTING' ? 'AWAITING_SIGNATURES' : 'DRAFTING');

/**
 * The open agreements one server changes, in turn, each with the version last seen. An agreement
 * whose change is still in flight is skipped, so concurrent requests never race for one row.
 */
class AgreementPool {
  private cursor = 0;
  private readonly byId: Map<string, OpenAgreement>;
  private readonly inFlight = new Set<string>();
  constructor(private readonly agreements: OpenAgreement[]) {
    this.byId = new Map(agreements.map((agreement) => [agreement.id, agreement]));
  }

  next(): OpenAgreement {
    for (let tries = 0; tries < this.agreements.length; tries++) {
      const agreement = this.agreements[this.cursor % this.agreements.length]!;
      this.cursor += 1;
      if (!this.inFlight.has(agreement.id)) {
        this.inFlight.add(agreement.id);
        return agreement;
      }
    }
    throw new Error('Every agreement of the pool has a change in flight: the pool is smaller than the load.');
  }

  /**
   * Reads every agreement's status and version again. A run that stops on time abandons the
   * requests still in flight, whose writes the server completes unseen; so the runner calls this
   * before each run, once those have settled.
   */
  async resync(client: DatabaseClient): Promise<void> {
    await new Promise((done) => setTimeout(done, 300));
    this.inFlight.clear();
    const ids = [...this.byId.keys()];
    for (let start = 0; start < ids.length; start += 500) {
      const chunk = ids.slice(start, start + 500);
      const rows = await client.query(
        `select id, status, version from agreement where id in (${chunk.map(() => '?').join(', ')})`,
        chunk,
      );
      for (const row of rows) {
        const agreement = this.byId.get(String(row['id']))!;
        agreement.status = String(row['status']);
        agreement.version = Number(row['version']);
      }
    }
  }

  /**
   * Takes the server's answer in: a success carries the agreement's new status and version; a
   * conflict, the agreement as it now stands. Only a success counts as one.
   */
  accept(body: string): boolean {
    try {
      const answer = JSON.parse(body) as {
        data?: { changeAgreementStatus?: OpenAgreement } | null;
        errors?: { extensions?: { current?: OpenAgreement } }[];
      };
      const changed = answer.data?.changeAgreementStatus;
      const current = changed ?? answer.errors?.[0]?.extensions?.current;
      const agreement = current && this.byId.get(current.id);
      if (agreement && current) {
        agreement.status = current.status;
        agreement.version = current.version;
        this.inFlight.delete(agreement.id);
      }
      return Boolean(changed && agreement);
    } catch {
      return false;
    }
  }
}

function requestWith(
  pool: AgreementPool,
  kind: 'tripartite' | 'floor',
  token: string,
  client: DatabaseClient,
): Request {
  const nextBody = () => {
    const agreement = pool.next();
    const input = {
      agreementId: agreement.id,
      status: flip(agreement.status),
      expectedVersion: agreement.version,
      note: NOTE,
    };
    return kind === 'tripartite'
      ? JSON.stringify({ query: CHANGE_STATUS_MUTATION, variables: { input } })
      : JSON.stringify(input);
  };
  return {
    path: kind === 'tripartite' ? '/graphql' : '/changeStatus',
    body: nextBody(),
    ...(kind === 'tripartite' ? { headers: { authorization: `Bearer ${token}` } } : {}),
    dynamic: { nextBody, accept: (body) => pool.accept(body), beforeRun: () => pool.resync(client) },
  };
}

export async function changeStatusOperation(clients: DatabaseClient[], adminToken: string | null): Promise<Operation> {
  const base = {
    name: 'changeStatus',
    title: 'Status change of one agreement (changeAgreementStatus) with its history step and audit record',
    kind: 'write' as const,
    requests: {},
  };
  if (!adminToken) {
    return { ...base, skipReason: 'no API token was generated (the API has no accounts yet)' };
  }
  const requests = new Map<string, Request>();
  for (const client of clients) {
    const open = (
      await client.query(
        "select id, status, version from agreement where status in ('DRAFTING', 'AWAITING_SIGNATURES') order by id",
      )
    ).map((row) => ({ id: String(row['id']), status: String(row['status']), version: Number(row['version']) }));
    requests.set(
      `tripartite/${client.dialect}`,
      requestWith(new AgreementPool(open.filter((_, i) => i % 2 === 0)), 'tripartite', adminToken, client),
    );
    requests.set(
      `floor/${client.dialect}`,
      requestWith(new AgreementPool(open.filter((_, i) => i % 2 === 1)), 'floor', adminToken, client),
    );
  }
  return {
    ...base,
    requestFor: (server: ServerRef) => requests.get(`${server.kind}/${server.dialect}`),
    verify: async (server, answer) => {
      const changed = (answer as { data?: { changeAgreementStatus?: OpenAgreement } }).data?.changeAgreementStatus;
      if (!changed) return `no change in the answer: ${JSON.stringify(answer).slice(0, 200)}`;
      const client = clients.find((c) => c.dialect === server.dialect)!;
      const [row] = await client.query(
        `select a.status, a.version,
           (select h.to_status from agreement_status_change h where h.agreement_id = a.id order by h.sequence desc limit 1) as last_step,
           (select count(*) from audit_record r where r.entity_id = cast(a.id as text) and r.action = 'agreement.changeStatus') as audit_records
         from agreement a where a.id = ?`,
        [changed.id],
      );
      if (!row) return `agreement ${changed.id} not found`;
      if (row['status'] !== changed.status || Number(row['version']) !== changed.version) {
        return `the database holds ${String(row['status'])} v${String(row['version'])}, the answer said ${changed.status} v${changed.version}`;
      }
      if (row['last_step'] !== changed.status) return `the last history step is ${String(row['last_step'])}`;
      if (Number(row['audit_records']) < 1) return 'no audit record';
      return null;
    },
  };
}
