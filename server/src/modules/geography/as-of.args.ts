/** For lookups by official code, where the day decides which unit a code means. */
export const AS_OF_DESCRIPTION =
  'The day to answer for, `YYYY-MM-DD`; without it, today in Vietnam. Codes were reused on 1 July 2025, so a code means a unit only on a given day.';

/** For fields judged on a day (signing status, who serves a ward). */
export const JUDGED_ON_DESCRIPTION =
  'The day to judge on, `YYYY-MM-DD`. Without it: today in Vietnam, or the last day of a unit that has ended. It is not inherited from an enclosing field’s `asOf`: give it again where it matters.';
