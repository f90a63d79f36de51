import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmedActionButton } from '../../components/confirmed-action-button';
import { RevokeApiTokenMutation } from './api-token-documents';

/**
 * Revokes a token after a confirmation: tools using it stop working at once and it cannot be
 * undone. The answer carries the token's `revokedAt`, which Graphcache writes into the list.
 */
export function RevokeApiTokenButton({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation('developers');
  const [{ fetching, error }, revokeApiToken] = useMutation(RevokeApiTokenMutation);

  return (
    <ConfirmedActionButton
      label={t('tokens.revoke')}
      ariaLabel={t('tokens.revokeNamed', { name })}
      color="red"
      title={t('revoke.title', { name })}
      warning={t('revoke.warning')}
      cancelLabel={t('revoke.cancel')}
      confirmLabel={t('revoke.confirm')}
      onConfirm={() => revokeApiToken({ id })}
      fetching={fetching}
      error={error}
    />
  );
}
