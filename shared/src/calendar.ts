/** Vietnam keeps one time zone, UTC+7, with no daylight saving. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Built once, on first use: constructing an Intl.DateTimeFormat costs far more than formatting
// with one, and "today" is asked for per ward and per field. Not when the module loads: the first
// formatter with a time zone loads the zone data, which took 220 ms of a warm visit to the
// viewer's list at the phone profile's 4× CPU, on a page that never asks for today.
let vietnamDayFormat: Intl.DateTimeFormat | undefined;

/**
 * Today's calendar day in Vietnam as `YYYY-MM-DD`. "Today" decides which units and agreements
 * are in force, and a server running in UTC would otherwise change day at 07:00 Vietnamese time.
 */
export function todayInVietnam(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  vietnamDayFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE });
  return vietnamDayFormat.format(now);
}
