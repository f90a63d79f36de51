import type common from '../locales/vi/common.json';
import type campaigns from '../locales/vi/campaigns.json';
import type developers from '../locales/vi/developers.json';
import type geography from '../locales/vi/geography.json';

/**
 * Typed translation keys: `t('nav.dashboard')` is checked against the Vietnamese file, the
 * reference; the English file must have the same keys. Add a line per new namespace.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      geography: typeof geography;
      campaigns: typeof campaigns;
      developers: typeof developers;
    };
  }
}
