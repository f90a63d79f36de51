/** The one description of `asOf`, shared by every field that answers for a day. */
export const AS_OF_DESCRIPTION =
  'The day to answer for, `YYYY-MM-DD`; without it, today in Vietnam. Codes were reused on 1 July 2025, so a code means a unit only on a given day.';
