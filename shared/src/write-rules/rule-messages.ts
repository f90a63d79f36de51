/**
 * The sentences the write rules say when an input is refused, in English: the API's language,
 * named by key so that the app can say the same in Vietnamese or English (its `common.rules.*`
 * translations have the same keys and `{{placeholders}}`). The server never sets a translator.
 */
export const ENGLISH_RULE_MESSAGES = {
  notAnId: 'not a Tripartite identifier (a UUID)',
  wholeNumber: 'a whole number',
  versionsStartAtOne: 'versions start at 1',
  empty: 'must not be empty',
  tooLong: 'at most {{max}} characters',
  tooShort: 'at least {{min}} characters',
  notBefore1990: 'not before 1990',
  inFuture: 'must not be in the future (today is {{today}})',
  notBefore: 'must not be before {{field}}',
  notNegative: 'not negative',
  atLeastOne: 'at least 1',
  aboveMaxParticipants: 'larger than Vietnam’s population',
  yearFrom: 'from {{min}}',
  yearUpTo: 'up to {{max}}',
  wardCode: 'ward codes are five digits, such as 26743',
  webAddress: 'an http or https address',
  email: 'not an email address',
  tokenName: 'give the token a name',
  displayName: 'give a name',
  daysAtLeast: 'at least {{min}} day',
  daysAtMost: 'at most {{max}} days',
  requiredForRole: 'required for {{role}}',
  onlyForRole: 'only for {{role}}',
  onlyWhenSigning: 'given only when signing (status SIGNED)',
  terminationNeedsNote: 'say why the agreement is terminated',
  partsMustAddUp: 'retained + new must equal the total: {{retained}} + {{added}} ≠ {{total}}',
  moreThanTotal: 'more than the total',
  notAWriteId: 'not a write id (a UUID the client makes once for each write)',
} as const;

export type RuleMessageKey = keyof typeof ENGLISH_RULE_MESSAGES;
export type RuleMessageValues = Record<string, string | number>;
export type RuleTranslator = (key: RuleMessageKey, values: RuleMessageValues) => string;

const english: RuleTranslator = (key, values) =>
  ENGLISH_RULE_MESSAGES[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

let translate: RuleTranslator = english;

/**
 * Lets the app say the rules' messages in the language shown (i18next's `t`). Messages are
 * looked up when an input is checked, so a change of language applies at once. Null: English again.
 */
export function translateRuleMessages(translator: RuleTranslator | null): void {
  translate = translator ?? english;
}

/** A refused input's message now, in the language set (English unless the app chose another). */
export function ruleMessage(key: RuleMessageKey, values: RuleMessageValues = {}): string {
  return translate(key, values);
}

/** The same, as zod's `error` option: evaluated when the check fails, not when the rule is built. */
export function says(key: RuleMessageKey, values: RuleMessageValues = {}): { error: () => string } {
  return { error: () => translate(key, values) };
}
