import { describe, expect, it } from 'vitest';
import { todayInVietnam } from './calendar.js';

describe('todayInVietnam', () => {
  it('changes day at midnight in Vietnam, not at midnight UTC', () => {
    expect(todayInVietnam(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
    expect(todayInVietnam(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
  });
});
