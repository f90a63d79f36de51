import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useApiErrorText } from '../../lib/api-error';
import { SetAccountActiveMutation } from './account-documents';

/**
 * Disables an account, or enables it again, after a confirmation that says what follows: a
 * disabled account's sessions end at once and its API tokens are revoked for good. The answer
 * carries the account's new state, which Graphcache writes into the table.
 */
export function SetAccountActiveButton({ id, name, active }: { id: string; name: string; active: boolean }) {
  const { t } = useTranslation('accounts');
  const { t: tCommon } = useTranslation();
  const apiErrorText = useApiErrorText();
  const [opened, { open, close }] = useDisclosure(false);
  const [{ fetching, error }, setAccountActive] = useMutation(SetAccountActiveMutation);
  const action = active ? 'disable' : 'enable';

  const confirm = async () => {
    const result = await setAccountActive({ id, active: !active });
    if (!result.error) close();
  };

  return (
    <>
      <Button
        size="xs"
        variant="outline"
        color={active ? 'red' : 'brand'}
        onClick={open}
        aria-label={t(`${action}.buttonNamed`, { name })}
      >
        {t(`${action}.button`)}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t(`${action}.title`, { name })}
        centered
        // Mantine's close button is an icon: its name, for screen readers.
        closeButtonProps={{ 'aria-label': tCommon('close') }}
      >
        <Text size="sm" mb="md">
          {t(`${action}.warning`)}
        </Text>
        {error && (
          <Alert color="red" role="alert" mb="md">
            {apiErrorText(error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('cancel')}
          </Button>
          <Button color={active ? 'red' : 'brand'} onClick={confirm} loading={fetching}>
            {t(`${action}.confirm`)}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
