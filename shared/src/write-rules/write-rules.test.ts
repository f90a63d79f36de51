import { afterEach, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../calendar.js';
import {
  changeAgreementStatusRules,
  recordSignatureRules,
  ruleMessage,
  setTargetRules,
  translateRuleMessages,
} from './index.js';

const AGREEMENT = '0b6b3f7e-8f0e-4d43-9b7a-6a1c2f0d9e11';

function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

describe('the write rules both sides check', () => {
  afterEach(() => translateRuleMessages(null));

  it('refuse what the server refuses, naming the field, in English by default', () => {
    const result = changeAgreementStatusRules.safeParse({
      agreementId: AGREEMENT,
      status: 'TERMINATED',
      expectedVersion: 3,
      note: '  ',
      effectiveTo: '2026-01-01',
    });
    expect(problems(result)).toEqual({
      note: 'say why the agreement is terminated',
      effectiveTo: 'given only when signing (status SIGNED)',
    });
    const long = recordSignatureRules.safeParse({
      agreementId: 'x',
      expectedVersion: 0,
      party: 'POST_OFFICE',
      name: 'n'.repeat(151),
      title: '',
      signedOn: '0202-05-01',
    });
    expect(problems(long)).toEqual({
      agreementId: 'not a Tripartite identifier (a UUID)',
      expectedVersion: 'versions start at 1',
      name: 'at most 150 characters',
      title: 'must not be empty',
      signedOn: 'not before 1990',
    });
  });

  it('refuse a signing day in the future, judged on the day it is checked', () => {
    const tomorrow = new Date(Date.now() + 36 * 3600_000);
    const result = recordSignatureRules.safeParse({
      agreementId: AGREEMENT,
      expectedVersion: 1,
      party: 'POST_OFFICE',
      name: 'Nguyễn Văn A',
      title: 'Giám đốc',
      signedOn: todayInVietnam(tomorrow),
    });
    expect(problems(result)).toEqual({ signedOn: `must not be in the future (today is ${todayInVietnam()})` });
  });

  it('say their messages in the language the app sets, when checking, not when built', () => {
    translateRuleMessages((key, values) => `vi:${key}:${JSON.stringify(values)}`);
    const result = setTargetRules.safeParse({
      scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
      year: 1999,
      totalParticipants: 10,
      retainedParticipants: 4,
      newParticipants: 5,
      source: { title: 'Quyết định', publisher: 'BHXH' },
    });
    expect(problems(result)).toEqual({
      year: 'vi:yearFrom:{"min":2000}',
      newParticipants: 'vi:partsMustAddUp:{"retained":4,"added":5,"total":10}',
    });
    expect(ruleMessage('tooLong', { max: 60 })).toBe('vi:tooLong:{"max":60}');
  });
});
