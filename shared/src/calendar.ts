/** Vietnam keeps one time zone, UTC+7, with no daylight saving. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Built once: constructing an Intl.DateTimeFormat costs far more than formatting with one, and
// "today" is asked for per ward and per field.
const vietnamDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE });

/**
 * Today's calendar day in Vietnam as `YYYY-MM-DD`. "Today" decides which units and agreements
 * are in force, and a server running in UTC would otherwise change day at 07:00 Vietnamese time.
 */
export function todayInVietnam(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return vietnamDayFormat.format(now);
}
