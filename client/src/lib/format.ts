import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n';
import type { Language } from './stored-language';

/**
 * Numbers and dates in the convention of the language shown. Vietnamese: `1.221`, `12,5%`,
 * `31/12/2024`. English uses British conventions (`1,221`, `12.5%`, `31/12/2024`): day before
 * month, as Vietnamese readers of the English pages expect.
 */
const LOCALE: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

type DateInput = string | Date;

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/**
 * A `Date` scalar (`2024-12-31`) is a calendar day, not an instant: shown as that day everywhere,
 * whatever the browser's time zone.
 */
function zoneFor(value: DateInput): { timeZone?: string } {
  return typeof value === 'string' && DATE_ONLY.test(value) ? { timeZone: 'UTC' } : {};
}

/** Whole days from `value` to `now` (0 on the same day), counted in calendar days. */
export function daysSince(value: DateInput, now: Date = new Date()): number {
  const then = toDate(value);
  const startOfDay = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  const thenDay = typeof value === 'string' && DATE_ONLY.test(value) ? then.getTime() : startOfDay(then);
  return Math.max(0, Math.round((startOfDay(now) - thenDay) / DAY_MS));
}

export type Formatter = {
  locale: string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** `fraction` 0.125 → `12,5%` / `12.5%`. */
  percent: (fraction: number, maximumFractionDigits?: number) => string;
  /** `31/12/2024`. */
  date: (value: DateInput) => string;
  /** `31/12/2024, 14:05` (vi: `14:05 31/12/2024`). */
  dateTime: (value: DateInput) => string;
  /** `hôm nay`, `hôm qua`, `5 ngày trước` / `today`, `yesterday`, `5 days ago`. */
  daysAgo: (value: DateInput, now?: Date) => string;
};

/** How each language writes a number's digits: `1.221` and `12,5` in Vietnamese, `1,221` and `12.5` in English. */
const SEPARATORS: Record<Language, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

function groupThousands(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/**
 * `fraction` as a percentage's whole and decimal digits, rounded as Intl rounds (half away from
 * zero, on the number's shortest decimal form, trailing zeros dropped); null for what this does
 * not cover (negative, exponent forms), which Intl then writes.
 */
function percentDigits(fraction: number, maximumFractionDigits: number): [string, string] | null {
  const text = String(fraction);
  if (!/^\d+(\.\d+)?$/.test(text) || !Number.isInteger(maximumFractionDigits) || maximumFractionDigits > 10) {
    return null;
  }
  const [whole = '0', decimals = ''] = text.split('.');
  // Times 100: the decimal point moves two places, in the digits themselves (no binary rounding).
  const hundredths = decimals.padEnd(2, '0');
  const rest = hundredths.slice(2);
  let kept = BigInt(
    whole + hundredths.slice(0, 2) + rest.slice(0, maximumFractionDigits).padEnd(maximumFractionDigits, '0'),
  );
  if ((rest[maximumFractionDigits] ?? '0') >= '5') kept += 1n;
  const digits = kept.toString().padStart(maximumFractionDigits + 1, '0');
  const wholePart = digits.slice(0, digits.length - maximumFractionDigits);
  return [wholePart, digits.slice(wholePart.length).replace(/0+$/, '')];
}

/** `31/12/2024` from a `Date` scalar (`2024-12-31`): day, month, year in both languages. */
function calendarDay(value: string): string {
  const [year, month, day] = value.split('-');
  return `${day}/${month}/${year}`;
}

/** The value made for `key`, made on first use: `made` keeps it for the next call. */
function once<T>(made: Map<string, T>, key: string, make: () => T): T {
  let value = made.get(key);
  if (value === undefined) {
    value = make();
    made.set(key, value);
  }
  return value;
}

/**
 * Intl's formatters are costly to build (ICU loads the locale's data for each: about 35 ms of a
 * director's warm visit under the phone profile went to building them, most on every call) and
 * cheap to use, so each kind and set of options is built once per language, when first needed.
 *
 * Whole numbers, percentages and calendar days, all a landing page shows, are written without
 * Intl: the first number or date formatter a page builds costs 80-120 ms under the phone profile
 * (ICU's number formatting set up; measured in the director's warm visit, 2026-12-05), before the
 * dashboard's first sentence can show. format.test.ts checks they read as Intl writes them.
 */
export function createFormatter(language: Language): Formatter {
  const locale = LOCALE[language];
  const { group, decimal } = SEPARATORS[language];
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
  const numberFormat = (options: Intl.NumberFormatOptions = {}) =>
    once(numberFormats, JSON.stringify(options), () => new Intl.NumberFormat(locale, options));
  const dateFormat = (options: Intl.DateTimeFormatOptions) =>
    once(dateFormats, JSON.stringify(options), () => new Intl.DateTimeFormat(locale, options));
  return {
    locale,
    number: (value, options) =>
      options === undefined && Number.isSafeInteger(value)
        ? (value < 0 ? '-' : '') + groupThousands(String(Math.abs(value)), group)
        : numberFormat(options).format(value),
    percent: (fraction, maximumFractionDigits = 1) => {
      const digits = percentDigits(fraction, maximumFractionDigits);
      if (!digits) return numberFormat({ style: 'percent', maximumFractionDigits }).format(fraction);
      const [whole, decimals] = digits;
      return `${groupThousands(whole, group)}${decimals ? decimal + decimals : ''}%`;
    },
    date: (value) =>
      typeof value === 'string' && DATE_ONLY.test(value)
        ? calendarDay(value)
        : dateFormat({ day: '2-digit', month: '2-digit', year: 'numeric', ...zoneFor(value) }).format(toDate(value)),
    dateTime: (value) =>
      dateFormat({ day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(
        toDate(value),
      ),
    daysAgo: (value, now) =>
      once(relativeFormats, 'auto', () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(
        -daysSince(value, now),
        'day',
      ),
  };
}

const formatters = new Map<Language, Formatter>();

/** The formatter of a language, made once. */
export function formatterFor(language: Language = currentLanguage()): Formatter {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = createFormatter(language);
    formatters.set(language, formatter);
  }
  return formatter;
}

/** Formatting in the language shown; components using it re-render when the language changes. */
export function useFormat(): Formatter {
  useTranslation();
  return formatterFor(currentLanguage());
}
