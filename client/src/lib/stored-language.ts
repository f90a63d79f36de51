/**
 * The language remembered on this device, read without i18next: the app's i18n setup uses it, and
 * so does the script in index.html that shows the last screen before any module runs
 * (last-screen.ts), which must choose the same language the app will.
 */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

/** Where the person's choice is remembered on this device. */
export const LANGUAGE_STORAGE_KEY = 'tripartite.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language chosen on this device, Vietnamese when none was (or storage is disabled). */
export function storedLanguage(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Language {
  try {
    const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be disabled (private modes, policies): Vietnamese, as for a first visit.
    return DEFAULT_LANGUAGE;
  }
}
