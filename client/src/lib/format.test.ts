import { describe, expect, it, vi } from 'vitest';
import { createFormatter, daysSince } from './format';

describe('formatting in the language shown', () => {
  it('writes Vietnamese numbers, percentages and dates as Vietnamese readers expect', () => {
    const vi = createFormatter('vi');
    expect(vi.number(1221)).toBe('1.221');
    expect(vi.percent(0.125)).toBe('12,5%');
    expect(vi.date('2024-12-31')).toBe('31/12/2024');
    expect(vi.daysAgo('2024-12-26', new Date(2024, 11, 31, 23, 30))).toBe('5 ngày trước');
  });

  it('writes English with British conventions, day first', () => {
    const en = createFormatter('en');
    expect(en.number(1221)).toBe('1,221');
    expect(en.percent(0.125)).toBe('12.5%');
    expect(en.date('2024-12-31')).toBe('31/12/2024');
    expect(en.daysAgo('2024-12-30', new Date(2024, 11, 31, 8))).toBe('yesterday');
  });

  it('counts calendar days, whatever the time of day', () => {
    expect(daysSince('2024-12-31', new Date(2024, 11, 31, 23, 59))).toBe(0);
    expect(daysSince(new Date(2024, 11, 30, 23, 59), new Date(2024, 11, 31, 0, 1))).toBe(1);
    expect(daysSince('2024-02-28', new Date(2024, 2, 1, 12))).toBe(2);
  });

  it('builds each of Intl’s formatters once, when first used, not on every call', () => {
    const numberFormats = vi.spyOn(Intl, 'NumberFormat');
    const dateFormats = vi.spyOn(Intl, 'DateTimeFormat');
    const relativeFormats = vi.spyOn(Intl, 'RelativeTimeFormat');
    try {
      const formatter = createFormatter('vi');
      expect(relativeFormats).not.toHaveBeenCalled();
      for (let row = 0; row < 5; row++) {
        expect(formatter.percent(0.125)).toBe('12,5%');
        expect(formatter.number(1221)).toBe('1.221');
        expect(formatter.date('2024-12-31')).toBe('31/12/2024');
      }
      expect(formatter.percent(0.125, 0)).toBe('13%');
      // Integers, percentages with one and with no decimal; one date format.
      expect(numberFormats).toHaveBeenCalledTimes(3);
      expect(dateFormats).toHaveBeenCalledTimes(1);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
