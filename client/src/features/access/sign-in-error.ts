import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { apiErrorInfo, apiErrorSentence } from '../../lib/api-error';

/** What the sign-in form says when the server refuses, in the words of the people using it. */
export function signInErrorMessage(error: CombinedError, t: TFunction): string {
  if (error.networkError) return t('signIn.errors.network');
  const [first] = error.graphQLErrors;
  switch (first?.extensions['code']) {
    case 'UNAUTHENTICATED':
      return t('signIn.errors.credentials');
    case 'RATE_LIMITED': {
      const seconds = Number(first.extensions['retryAfterSeconds']);
      // The server's backoff starts at a second and doubles: short waits are said in seconds.
      if (Number.isFinite(seconds) && seconds < 120) {
        return t('signIn.errors.rateLimitedSeconds', { count: Math.max(1, Math.ceil(seconds)) });
      }
      const minutes = Number.isFinite(seconds) ? Math.ceil(seconds / 60) : 15;
      return t('signIn.errors.rateLimited', { count: minutes });
    }
    default:
      return apiErrorSentence(t, apiErrorInfo(error));
  }
}
