import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmedActionButton } from '../../components/confirmed-action-button';
import { SetAccountActiveMutation } from './account-documents';

/**
 * Disables an account, or enables it again, after a confirmation that says what follows: a
 * disabled account's sessions end at once and its API tokens are revoked for good. The answer
 * carries the account's new state, which Graphcache writes into the table.
 */
export function SetAccountActiveButton({ id, name, active }: { id: string; name: string; active: boolean }) {
  const { t } = useTranslation('accounts');
  const [{ fetching, error }, setAccountActive] = useMutation(SetAccountActiveMutation);
  const action = active ? 'disable' : 'enable';

  return (
    <ConfirmedActionButton
      label={t(`${action}.button`)}
      ariaLabel={t(`${action}.buttonNamed`, { name })}
      color={active ? 'red' : 'brand'}
      title={t(`${action}.title`, { name })}
      warning={t(`${action}.warning`)}
      cancelLabel={t('cancel')}
      confirmLabel={t(`${action}.confirm`)}
      onConfirm={() => setAccountActive({ id, active: !active })}
      fetching={fetching}
      error={error}
    />
  );
}
