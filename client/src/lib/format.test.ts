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

  it('writes whole numbers, percentages and calendar days exactly as Intl does, without building its formatters', () => {
    const numberFormats = vi.spyOn(Intl, 'NumberFormat');
    const dateFormats = vi.spyOn(Intl, 'DateTimeFormat');
    const formatters = { vi: createFormatter('vi'), en: createFormatter('en') };
    const wholeNumbers = [0, 7, 12, 999, 1000, 1221, 99_999, 863_760, 1_000_000, 14_544_929, 1_234_567_890, -1, -1234];
    const fractions = [0, 1, 0.125, 0.0005, 0.00049, 0.929, 0.9285, 0.1 + 0.2, 0.285, 1.5, 12.345];
    // Every share a count of wards can make (signed of total in a province of up to 200 units).
    for (let total = 1; total <= 200; total++) for (let part = 0; part <= total; part++) fractions.push(part / total);
    const days = ['2024-12-31', '2026-01-05', '2000-02-29', '1999-10-01'];
    const actual = (language: 'vi' | 'en') => ({
      numbers: wholeNumbers.map((value) => formatters[language].number(value)),
      percents: [0, 1, 2].map((digits) => fractions.map((fraction) => formatters[language].percent(fraction, digits))),
      days: days.map((day) => formatters[language].date(day)),
    });
    const written = { vi: actual('vi'), en: actual('en') };
    expect(numberFormats).not.toHaveBeenCalled();
    expect(dateFormats).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    for (const [language, locale] of [
      ['vi', 'vi-VN'],
      ['en', 'en-GB'],
    ] as const) {
      const intl = new Intl.NumberFormat(locale);
      const day = new Intl.DateTimeFormat(locale, {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        timeZone: 'UTC',
      });
      expect(written[language]).toEqual({
        numbers: wholeNumbers.map((value) => intl.format(value)),
        percents: [0, 1, 2].map((digits) => {
          const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits });
          return fractions.map((fraction) => percent.format(fraction));
        }),
        days: days.map((value) => day.format(new Date(value))),
      });
    }
  });

  it('builds each of Intl’s formatters once, when first used, not on every call', () => {
    const numberFormats = vi.spyOn(Intl, 'NumberFormat');
    const dateFormats = vi.spyOn(Intl, 'DateTimeFormat');
    const relativeFormats = vi.spyOn(Intl, 'RelativeTimeFormat');
    try {
      const formatter = createFormatter('vi');
      expect(relativeFormats).not.toHaveBeenCalled();
      for (let row = 0; row < 5; row++) {
        expect(formatter.number(1221.5)).toBe('1.221,5');
        expect(formatter.number(0.25, { style: 'percent' })).toBe('25%');
        expect(formatter.date(new Date(2024, 11, 31, 12))).toBe('31/12/2024');
      }
      // A fraction, and a number with options; one date format.
      expect(numberFormats).toHaveBeenCalledTimes(2);
      expect(dateFormats).toHaveBeenCalledTimes(1);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
