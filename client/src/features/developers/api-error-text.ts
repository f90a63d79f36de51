import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';

/**
 * A refused write in the person's words. The server is the authority: `FORBIDDEN` (for example a
 * token created with another token, or revoking someone else's), `BAD_USER_INPUT` (its message
 * says which field), `UNAUTHENTICATED` (the session ended), `NOT_FOUND`; anything else verbatim.
 */
export function apiErrorText(error: CombinedError, t: TFunction<'developers'>): string {
  if (error.networkError) return t('errors.network');
  const first = error.graphQLErrors[0];
  const message = first?.message ?? error.message;
  switch (first?.extensions['code']) {
    case 'FORBIDDEN':
      return t('errors.forbidden', { message });
    case 'BAD_USER_INPUT':
      return t('errors.badInput', { message });
    case 'UNAUTHENTICATED':
      return t('errors.unauthenticated');
    case 'NOT_FOUND':
      return t('errors.notFound');
    default:
      return t('errors.other', { message });
  }
}
