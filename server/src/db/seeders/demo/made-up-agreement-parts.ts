import type { EntityManager } from '@mikro-orm/core';
import type { AgreementStatus } from '@tripartite/shared';
import { AgreementStatusChange } from '../../../modules/agreements/agreement-status-change.entity.js';
import type { Agreement } from '../../../modules/agreements/agreement.entity.js';

/**
 * Pieces of the demo's made-up agreements (today's wards and the old ones): fictional names and
 * the days things were recorded. Signatories are fictional: the demo names no real official.
 */
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Huỳnh'];
const GIVEN = [
  'Văn An',
  'Thị Bích',
  'Minh Châu',
  'Quốc Dũng',
  'Thị Hạnh',
  'Hữu Khoa',
  'Thanh Lâm',
  'Ngọc Mai',
  'Đức Nam',
  'Thu Phương',
];

export function fictionalName(seed: number): string {
  return `${FAMILY[seed % FAMILY.length]} ${GIVEN[(seed * 7 + 3) % GIVEN.length]}`;
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** 09:00 in Vietnam (UTC+7) on a calendar day. */
export function morningOf(day: string): Date {
  return new Date(`${day}T02:00:00Z`);
}

/** One step of a made-up agreement's history: the status it reached and the day. */
export type HistoryStep = { to: AgreementStatus; on: string; note?: string };

/** Records an agreement's history steps in order, each from the status before it. */
export function recordHistory(em: EntityManager, agreement: Agreement, steps: HistoryStep[], recordedBy: string): void {
  steps.forEach((step, position) => {
    em.create(AgreementStatusChange, {
      agreement,
      sequence: position + 1,
      fromStatus: position === 0 ? null : steps[position - 1]!.to,
      toStatus: step.to,
      changedAt: morningOf(step.on),
      changedBy: recordedBy,
      note: step.note ?? null,
    });
  });
}
