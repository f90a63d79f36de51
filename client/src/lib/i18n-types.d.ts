import type common from '../locales/vi/common.json';
import type dashboard from '../locales/vi/dashboard.json';
import type campaigns from '../locales/vi/campaigns.json';
import type developers from '../locales/vi/developers.json';
import type geography from '../locales/vi/geography.json';
import type agreements from '../locales/vi/agreements.json';
import type workspace from '../locales/vi/workspace.json';
import type map from '../locales/vi/map.json';
import type plan from '../locales/vi/plan.json';
import type accounts from '../locales/vi/accounts.json';

/**
 * Typed translation keys: `t('nav.dashboard')` is checked against the Vietnamese file, the
 * reference; the English file must have the same keys. Add a line per new namespace.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      dashboard: typeof dashboard;
      geography: typeof geography;
      agreements: typeof agreements;
      workspace: typeof workspace;
      campaigns: typeof campaigns;
      developers: typeof developers;
      map: typeof map;
      plan: typeof plan;
      accounts: typeof accounts;
    };
  }
}
