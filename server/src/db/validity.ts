import { todayInVietnam } from '@tripartite/shared';

type Validity = { validFrom: string; validTo: string | null };

/**
 * Rows in force on a day: started on or before it and not ended before it. `validTo` is the
 * last day in force, so a unit that ended on 30 June 2025 is still found on that day.
 */
export function validOn(day: string) {
  return { validFrom: { $lte: day }, $or: [{ validTo: null }, { validTo: { $gte: day } }] };
}

/** The same test in memory, for rows already loaded. */
export function isValidOn(row: Validity, day: string): boolean {
  return row.validFrom <= day && (row.validTo === null || row.validTo >= day);
}

/**
 * The day to judge a unit's fields on: the day asked for, else today, or, for a unit that has
 * ended, its last day (Bình Dương's wards as they stood on 30 June 2025, not an empty list).
 */
export function dayWithin(unit: Validity, asOf: string | null | undefined): string {
  if (asOf) return asOf;
  const today = todayInVietnam();
  if (unit.validTo !== null && unit.validTo < today) return unit.validTo;
  if (unit.validFrom > today) return unit.validFrom;
  return today;
}
