import { translateRuleMessages } from '@tripartite/shared/write-rules';
import i18n from 'i18next';
import { zod4Resolver } from 'mantine-form-zod-resolver';

// The shared write rules speak English, the API's language; in the app they speak the language
// shown, from `common.rules.*` (same keys, same placeholders). Set when the first form loads, so
// zod and the rules stay out of the first download.
translateRuleMessages((key, values) => i18n.t(`rules.${key}`, { ns: 'common', ...values }));

/**
 * Checks what a form would send with the server's own rules (@tripartite/shared/write-rules) and
 * answers @mantine/form errors keyed by the input's field names, in the language shown. Give it
 * the input as the mutation will send it, so the form checks exactly what the server will.
 */
export const checkWithRules = zod4Resolver;
