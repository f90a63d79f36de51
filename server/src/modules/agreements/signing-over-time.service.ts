import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { todayInVietnam } from '@tripartite/shared';
import type { Ward } from '../geography/ward.entity.js';
import { AgreementStatusChange } from './agreement-status-change.entity.js';
import type { SigningOverTime, SigningWeek } from './signing-over-time.type.js';

type ChangeRow = { agreement_id: string; ward_id: string; to_status: string; changed_at: Date | string | number };

const DAY = 86_400_000;

/**
 * Replays the status history of the wards' agreements week by week: one statement for every
 * change of every agreement of the wards, whatever their number. A ward counts as signed while
 * one of its agreements stands at SIGNED; a later termination or expiry makes it lack again.
 */
export class SigningOverTimeService {
  constructor(private readonly em: EntityManager) {}

  async of(wards: readonly Ward[], now = new Date()): Promise<SigningOverTime> {
    const rows: ChangeRow[] =
      wards.length === 0
        ? []
        : await this.em
            .createQueryBuilder(AgreementStatusChange, 'c')
            .select(['c.toStatus', 'c.changedAt'])
            .addSelect(raw('a.id as agreement_id'))
            .addSelect(raw('a.ward_id as ward_id'))
            .join('c.agreement', 'a')
            .where({ agreement: { ward: { $in: wards.map((ward) => ward.id) } } })
            .orderBy({ changedAt: 'asc', sequence: 'asc' })
            .execute<ChangeRow[]>('all', false);
    const changes = rows.map((row) => ({
      agreement: row.agreement_id,
      ward: row.ward_id,
      to: row.to_status,
      day: todayInVietnam(new Date(row.changed_at)),
    }));
    const totalWards = wards.length;
    if (changes.length === 0) return { since: null, totalWards, weeks: [] };
    const since = changes[0]!.day;
    const today = todayInVietnam(now);
    const statusOf = new Map<string, { ward: string; status: string }>();
    const weeks: SigningWeek[] = [];
    let next = 0;
    for (let monday = mondayOf(since); monday <= today; monday = addDays(monday, 7)) {
      const sunday = addDays(monday, 6);
      let signings = 0;
      while (next < changes.length && changes[next]!.day <= sunday) {
        const change = changes[next++]!;
        if (change.to === 'SIGNED') signings++;
        statusOf.set(change.agreement, { ward: change.ward, status: change.to });
      }
      const signedWards = new Set([...statusOf.values()].filter((a) => a.status === 'SIGNED').map((a) => a.ward));
      weeks.push({ weekStart: monday, signings, wardsLacking: totalWards - signedWards.size });
    }
    return { since, totalWards, weeks };
  }
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}
