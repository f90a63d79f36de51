import { describe, expect, it } from 'vitest';
import { todayInVietnam, VIETNAM_TIME_ZONE } from './calendar.js';

describe('todayInVietnam', () => {
  it('changes day at midnight in Vietnam, not at midnight UTC', () => {
    expect(todayInVietnam(new Date('2025-06-30T16:59:59.999Z'))).toBe('2025-06-30');
    expect(todayInVietnam(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
    // Across a month's, a leap day's and a year's end.
    expect(todayInVietnam(new Date('2024-02-28T17:00:00Z'))).toBe('2024-02-29');
    expect(todayInVietnam(new Date('2024-02-29T17:00:00Z'))).toBe('2024-03-01');
    expect(todayInVietnam(new Date('2025-12-31T16:59:59Z'))).toBe('2025-12-31');
    expect(todayInVietnam(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
  });

  it('agrees with the time-zone database at every hour of a year', () => {
    // The fixed offset is right only while Vietnam keeps UTC+7 without daylight saving: checked
    // against Intl's Asia/Ho_Chi_Minh, hour by hour, on both sides of midnight.
    const format = new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE });
    for (let hour = 0; hour < 366 * 24; hour += 1) {
      for (const offsetMs of [-1, 0]) {
        const instant = new Date(Date.UTC(2025, 0, 1, hour) + offsetMs);
        expect(todayInVietnam(instant)).toBe(format.format(instant));
      }
    }
  });
});
