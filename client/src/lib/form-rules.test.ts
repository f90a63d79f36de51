import { ENGLISH_RULE_MESSAGES, type RuleMessageKey } from '@tripartite/shared/write-rules';
import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../locales/en/common.json';
import vi from '../locales/vi/common.json';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('the write rules’ messages in the app', () => {
  it('have a Vietnamese and an English sentence for every message the shared rules can give', () => {
    const keys = Object.keys(ENGLISH_RULE_MESSAGES) as RuleMessageKey[];
    for (const [language, texts] of [
      ['en', en.rules],
      ['vi', vi.rules],
    ] as const) {
      const translated = texts as Record<string, string>;
      expect(Object.keys(translated).sort(), language).toEqual([...keys].sort());
      for (const key of keys) {
        // A placeholder the sentence uses must be one the rule gives (it may leave some out).
        const given = placeholders(ENGLISH_RULE_MESSAGES[key]);
        for (const used of placeholders(translated[key]!)) expect(given, `${language} ${key}`).toContain(used);
      }
    }
  });
});

describe('checkWithRules', () => {
  it('checks a form’s input with the server’s rules and says the problems in the language shown', async () => {
    const { recordSignatureRules } = await import('@tripartite/shared/write-rules');
    const { checkWithRules } = await import('./form-rules');
    await i18n.init({ lng: 'vi', resources: { vi: { common: vi }, en: { common: en } } });
    const input = {
      agreementId: '0b6b3f7e-8f0e-4d43-9b7a-6a1c2f0d9e11',
      expectedVersion: 2,
      party: 'POST_OFFICE',
      name: ' ',
      title: 'x'.repeat(151),
      signedOn: null,
    };
    expect(checkWithRules(recordSignatureRules)(input)).toEqual({
      name: 'Không được để trống.',
      title: 'Tối đa 150 ký tự.',
    });
    await i18n.changeLanguage('en');
    expect(checkWithRules(recordSignatureRules)(input)).toEqual({
      name: 'This cannot be empty.',
      title: 'At most 150 characters.',
    });
    expect(checkWithRules(recordSignatureRules)({ ...input, name: 'Lê Văn C', title: 'Chủ tịch' })).toEqual({});
  });
});
