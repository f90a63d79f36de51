import { createInstance, type TFunction } from 'i18next';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import en from '../locales/en/common.json';
import vi from '../locales/vi/common.json';
import { apiErrorInfo, apiErrorSentence } from './api-error';

async function translator(language: 'vi' | 'en'): Promise<TFunction<'common'>> {
  const i18n = createInstance();
  await i18n.init({
    lng: language,
    ns: ['common'],
    defaultNS: 'common',
    resources: { vi: { common: vi }, en: { common: en } },
  });
  return i18n.t as TFunction<'common'>;
}

const refused = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [{ message, extensions }] });

describe('errors shown to a person', () => {
  it('are chosen by code, never the server message', async () => {
    const t = await translator('vi');
    const notFound = refused('No ward has code "99999"', { code: 'NOT_FOUND' });
    expect(apiErrorInfo(notFound)).toEqual({ code: 'NOT_FOUND' });
    expect(apiErrorSentence(t, apiErrorInfo(notFound))).toBe(vi.apiError.notFound);
    const forbidden = apiErrorSentence(t, apiErrorInfo(refused('Only admins may do this', { code: 'FORBIDDEN' })));
    expect(forbidden).toBe('Tài khoản của bạn không được phép làm việc này.');
    expect(forbidden).not.toContain('admins');
  });

  it('name the refused field, and the request id of an unexpected error', async () => {
    const t = await translator('en');
    expect(
      apiErrorSentence(t, apiErrorInfo(refused('too long', { code: 'BAD_USER_INPUT', field: 'input.note' }))),
    ).toBe('The server did not accept what was sent (field input.note). Check it and send it again.');
    const unexpected = refused('Internal server error', { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' });
    expect(apiErrorSentence(t, apiErrorInfo(unexpected))).toContain('request id req-42');
    expect(apiErrorSentence(t, apiErrorInfo(refused('x', { code: 'SOMETHING_NEW' })))).toBe(en.apiError.other);
  });

  it('say the server is busy when a costly query found no turn (503 SERVER_BUSY), in both languages', async () => {
    const busy = refused('The server is busy with costly queries; try again shortly', {
      code: 'SERVER_BUSY',
      limit: 'costlyQueries',
    });
    expect(apiErrorInfo(busy)).toEqual({ code: 'SERVER_BUSY' });
    expect(apiErrorSentence(await translator('vi'), apiErrorInfo(busy))).toBe(
      'Máy chủ đang bận xử lý các yêu cầu lớn khác. Hãy thử lại sau vài giây.',
    );
    expect(apiErrorSentence(await translator('en'), apiErrorInfo(busy))).toBe(en.apiError.serverBusy);
  });

  it('tell a lost connection apart', async () => {
    const t = await translator('vi');
    const offline = new CombinedError({ networkError: new TypeError('Failed to fetch') });
    expect(apiErrorSentence(t, apiErrorInfo(offline))).toBe(vi.apiError.network);
  });
});
