/** Vietnam keeps one time zone, UTC+7, with no daylight saving. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Vietnam's fixed offset from UTC: +7 hours, with no daylight saving since 1975. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * Today's calendar day in Vietnam as `YYYY-MM-DD`. "Today" decides which units and agreements
 * are in force, and a server running in UTC would otherwise change day at 07:00 Vietnamese time.
 * Worked out arithmetically from the fixed offset, not with `Intl.DateTimeFormat`: the server
 * asks for today on every request, and formatting through Intl was 1.6% of a small query's CPU
 * (bench/RESULTS.md, issue 19); it also spares the client loading time-zone data.
 */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
