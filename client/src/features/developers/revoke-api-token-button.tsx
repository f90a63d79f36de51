import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useApiErrorText } from '../../lib/api-error';
import { RevokeApiTokenMutation } from './api-token-documents';

/**
 * Revokes a token after a confirmation: tools using it stop working at once and it cannot be
 * undone. The answer carries the token's `revokedAt`, which Graphcache writes into the list.
 */
export function RevokeApiTokenButton({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation('developers');
  const { t: tCommon } = useTranslation();
  const apiErrorText = useApiErrorText();
  const [opened, { open, close }] = useDisclosure(false);
  const [{ fetching, error }, revokeApiToken] = useMutation(RevokeApiTokenMutation);

  const confirm = async () => {
    const result = await revokeApiToken({ id });
    if (!result.error) close();
  };

  return (
    <>
      <Button size="xs" variant="outline" color="red" onClick={open} aria-label={t('tokens.revokeNamed', { name })}>
        {t('tokens.revoke')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('revoke.title', { name })}
        centered
        // Mantine's close button is an icon: its name, for screen readers.
        closeButtonProps={{ 'aria-label': tCommon('close') }}
      >
        <Text size="sm" mb="md">
          {t('revoke.warning')}
        </Text>
        {error && (
          <Alert color="red" role="alert" mb="md">
            {apiErrorText(error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('revoke.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={fetching}>
            {t('revoke.confirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
