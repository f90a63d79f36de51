import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import viCommon from '../locales/vi/common.json';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  type Language,
  LANGUAGE_STORAGE_KEY,
  LANGUAGES,
  storedLanguage,
} from './stored-language';

/**
 * Translations: `src/locales/<language>/<namespace>.json`, one namespace per feature (`common`,
 * `geography`, `dashboard`, `agreements`, `workspace`, `campaigns`, `developers`). Vietnamese
 * `common` is in the first download; every other namespace, English `common` too, is its own small
 * chunk of the bundle (never a fetch of JSON from elsewhere), loaded with its route (see `lazyPage`
 * in app/router.tsx) or with the language. English `common` stays out of the first download: most
 * people read Vietnamese, and the landing pages are within a few KB of their budget.
 */
const namespaceChunks = import.meta.glob<{ default: ResourceKey }>([
  '../locales/*/*.json',
  '!../locales/vi/common.json',
]);

/** i18next backend reading the namespace chunks above. */
const bundledNamespaces: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = namespaceChunks[`../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No translations for ${language}/${namespace}`), null);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** The language the app shows now. */
export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

/** Switches the language and remembers it for the next visit. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch still applies to this visit.
  }
  await i18n.changeLanguage(language);
}

/** Loads namespaces ahead of rendering (route `lazy`), so pages do not flash a loading state. */
export async function loadNamespaces(namespaces: readonly string[]): Promise<void> {
  await i18n.loadNamespaces([...namespaces]);
}

// Screen readers pick their voice, and browsers their hyphenation, from <html lang>.
i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

void i18n
  .use(bundledNamespaces)
  .use(initReactI18next)
  .init({
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    ns: ['common'],
    defaultNS: 'common',
    resources: { vi: { common: viCommon } },
    // Vietnamese `common` is bundled; everything else comes from the backend above.
    partialBundledLanguages: true,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
  });

export { i18n };
