import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

/**
 * The codes the API puts in `errors[].extensions.code` (server/src/graphql/error-codes.ts, and
 * `SERVER_BUSY` from server/src/http/costly-query-gate.ts: a costly query found no turn in time).
 */
const KNOWN_CODES = [
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVER_BUSY',
] as const;

/**
 * What of a failed request a person is told: never the server's message (English, written for
 * developers), only its code and the details that come with it. `network` when no answer came.
 */
export type ApiErrorInfo = {
  code: (typeof KNOWN_CODES)[number] | 'NETWORK' | 'OTHER';
  /** For BAD_USER_INPUT: the input field the server refused, such as `input.note`. */
  field?: string;
  /** For unexpected errors: the server's id of the request, to quote to an administrator. */
  requestId?: string;
};

function known(code: unknown): code is (typeof KNOWN_CODES)[number] {
  return typeof code === 'string' && (KNOWN_CODES as readonly string[]).includes(code);
}

/** The code and details of a refused or failed request (urql's CombinedError). */
export function apiErrorInfo(error: CombinedError): ApiErrorInfo {
  if (error.networkError && error.graphQLErrors.length === 0) return { code: 'NETWORK' };
  return infoFromExtensions(error.graphQLErrors[0]?.extensions ?? {});
}

/** The same from a GraphQL error's `extensions` (as kept with a write refused while offline). */
export function infoFromExtensions(extensions: Record<string, unknown>): ApiErrorInfo {
  const { code, field, requestId } = extensions;
  return {
    code: known(code) ? code : 'OTHER',
    ...(typeof field === 'string' && field ? { field } : {}),
    ...(typeof requestId === 'string' && requestId ? { requestId } : {}),
  };
}

/** The sentence for `info`, in the language shown (`common:apiError.*`). */
export function apiErrorSentence(t: TFunction<'common'>, info: ApiErrorInfo): string {
  switch (info.code) {
    case 'NETWORK':
      return t('apiError.network');
    case 'NOT_FOUND':
      return t('apiError.notFound');
    case 'FORBIDDEN':
      return t('apiError.forbidden');
    case 'UNAUTHENTICATED':
      return t('apiError.unauthenticated');
    case 'BAD_USER_INPUT':
      return info.field ? t('apiError.badInputField', { field: info.field }) : t('apiError.badInput');
    case 'CONFLICT':
      return t('apiError.conflict');
    case 'RATE_LIMITED':
      return t('apiError.rateLimited');
    case 'SERVER_BUSY':
      return t('apiError.serverBusy');
    default:
      return info.requestId ? t('apiError.otherWithId', { requestId: info.requestId }) : t('apiError.other');
  }
}

/** `(error) => sentence`: what every page shows for a failed request. */
export function useApiErrorText(): (error: CombinedError | ApiErrorInfo) => string {
  const { t } = useTranslation('common');
  return (error) => apiErrorSentence(t, 'code' in error ? error : apiErrorInfo(error));
}
