/**
 * Rows in force on a day: started on or before it and not ended before it. `validTo` is the
 * last day in force, so a unit that ended on 30 June 2025 is still found on that day.
 */
export function validOn(day: string) {
  return { validFrom: { $lte: day }, $or: [{ validTo: null }, { validTo: { $gte: day } }] };
}

/** The same test in memory, for rows already loaded. */
export function isValidOn(row: { validFrom: string; validTo: string | null }, day: string): boolean {
  return row.validFrom <= day && (row.validTo === null || row.validTo >= day);
}
