import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type pg from 'pg';
import type { Dialect } from './sql.js';

export type ChangeStatusInput = { agreementId: string; status: string; expectedVersion: number; note: string | null };

/** The lifecycle's moves (as in @tripartite/shared's AGREEMENT_TRANSITIONS), less signing's extra checks. */
const allowed = (
  from: string,
  to: string,
) => `((${from} = 'DRAFTING' and ${to} in ('AWAITING_SIGNATURES', 'TERMINATED'))
  or (${from} = 'AWAITING_SIGNATURES' and ${to} in ('DRAFTING', 'TERMINATED')))`;
const ACTOR = 'Quản trị viên (đo hiệu năng) <bench.admin@tripartite.local>';

type Changed = { id: string; status: string; version: number; from_status: string; province_id: string | null };

type Current = { id: string; status: string; version: number };

/** The API's answer: the changed agreement, or a CONFLICT carrying the agreement as it stands. */
function answerOf(changed: Changed | undefined, current?: Current): unknown {
  return changed
    ? { data: { changeAgreementStatus: { id: changed.id, status: changed.status, version: Number(changed.version) } } }
    : {
        data: null,
        errors: [
          {
            message: 'The agreement has changed since, or the move is not allowed.',
            extensions: {
              code: 'CONFLICT',
              ...(current ? { current: { ...current, version: Number(current.version) } } : {}),
            },
          },
        ],
      };
}

/**
 * The floor of the status-change mutation: the agreement's UPDATE (only from the version the
 * caller saw, only along the lifecycle), its history step and its audit record, in one
 * transaction. PostgreSQL: BEGIN, one UPDATE with the old row, two INSERTs, COMMIT (5 statements).
 * SQLite: BEGIN IMMEDIATE, SELECT, UPDATE, two INSERTs, COMMIT (6).
 */
export async function changeStatusFloor(
  database: { dialect: Dialect; pool: pg.Pool | null; sqlite: DatabaseSync | null },
  input: ChangeStatusInput,
): Promise<{ answer: unknown; statements: number }> {
  const now = new Date();
  if (database.dialect === 'postgresql') {
    const client = await database.pool!.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<Changed>(
        `with old as (select a.id, a.status, a.ward_id from agreement a where a.id = $1 and a.version = $3 for update)
         update agreement a set status = $2, version = a.version + 1, updated_at = $4
         from old
         where a.id = old.id and ${allowed('old.status', '$2::text')}
         returning a.id, a.status, a.version, old.status as from_status,
           (select w.province_id from ward w where w.id = old.ward_id) as province_id`,
        [input.agreementId, input.status, input.expectedVersion, now],
      );
      const changed = rows[0];
      if (!changed) {
        await client.query('rollback');
        const current = await client.query<Current>('select id, status, version from agreement where id = $1', [
          input.agreementId,
        ]);
        return { answer: answerOf(undefined, current.rows[0]), statements: 4 };
      }
      await client.query(
        `insert into agreement_status_change (id, agreement_id, sequence, from_status, to_status, changed_at, changed_by, note)
         select $1, $2, coalesce(max(sequence), 0) + 1, $3, $4, $5, $6, $7 from agreement_status_change where agreement_id = $2`,
        [randomUUID(), changed.id, changed.from_status, changed.status, now, ACTOR, input.note],
      );
      await client.query(
        `insert into audit_record (id, occurred_at, account_id, actor, action, entity_type, entity_id, province_id, before, after, request_id)
         values ($1, $2, (select id from account where email = 'bench.admin@tripartite.local'), $3, 'agreement.changeStatus', 'Agreement', $4, $5, $6, $7, $8)`,
        [
          randomUUID(),
          now,
          ACTOR,
          changed.id,
          changed.province_id,
          JSON.stringify({ id: changed.id, status: changed.from_status, version: input.expectedVersion }),
          JSON.stringify({ id: changed.id, status: changed.status, version: Number(changed.version) }),
          randomUUID(),
        ],
      );
      await client.query('commit');
      return { answer: answerOf(changed), statements: 5 };
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
  }
  const db = database.sqlite!;
  db.exec('begin immediate');
  try {
    const old = db
      .prepare(
        `select a.status as from_status, w.province_id from agreement a join ward w on w.id = a.ward_id where a.id = ? and a.version = ?`,
      )
      .get(input.agreementId, input.expectedVersion) as { from_status: string; province_id: string } | undefined;
    const changed = old
      ? (db
          .prepare(
            `update agreement set status = ?, version = version + 1, updated_at = ?
             where id = ? and version = ? and ${allowed('?', '?')}
             returning id, status, version`,
          )
          .get(
            input.status,
            now.getTime(),
            input.agreementId,
            input.expectedVersion,
            old.from_status,
            input.status,
            old.from_status,
            input.status,
          ) as Changed | undefined)
      : undefined;
    if (!old || !changed) {
      db.exec('rollback');
      const current = db.prepare('select id, status, version from agreement where id = ?').get(input.agreementId) as
        Current | undefined;
      return { answer: answerOf(undefined, current), statements: old ? 5 : 4 };
    }
    db.prepare(
      `insert into agreement_status_change (id, agreement_id, sequence, from_status, to_status, changed_at, changed_by, note)
       select ?, ?, coalesce(max(sequence), 0) + 1, ?, ?, ?, ?, ? from agreement_status_change where agreement_id = ?`,
    ).run(randomUUID(), changed.id, old.from_status, changed.status, now.getTime(), ACTOR, input.note, changed.id);
    db.prepare(
      `insert into audit_record (id, occurred_at, account_id, actor, action, entity_type, entity_id, province_id, before, after, request_id)
       values (?, ?, (select id from account where email = 'bench.admin@tripartite.local'), ?, 'agreement.changeStatus', 'Agreement', ?, ?, ?, ?, ?)`,
    ).run(
      randomUUID(),
      now.getTime(),
      ACTOR,
      changed.id,
      old.province_id,
      JSON.stringify({ id: changed.id, status: old.from_status, version: input.expectedVersion }),
      JSON.stringify({ id: changed.id, status: changed.status, version: Number(changed.version) }),
      randomUUID(),
    );
    db.exec('commit');
    return {
      answer: answerOf({ ...changed, from_status: old.from_status, province_id: old.province_id }),
      statements: 6,
    };
  } catch (error) {
    db.exec('rollback');
    throw error;
  }
}
