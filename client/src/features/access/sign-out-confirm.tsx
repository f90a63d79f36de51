import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Asks before signing out with changes still unsent (they would be lost). */
export default function SignOutConfirm({
  unsent,
  onStay,
  onSignOut,
}: {
  unsent: number;
  onStay: () => void;
  onSignOut: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onStay}
      title={t('offline.signOutTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('close') }}
    >
      <Text size="sm">{t('offline.signOutBody', { count: unsent })}</Text>
      <Group mt="md" justify="flex-end">
        <Button variant="default" onClick={onStay}>
          {t('offline.stay')}
        </Button>
        <Button color="red" onClick={onSignOut}>
          {t('offline.signOutAnyway')}
        </Button>
      </Group>
    </Modal>
  );
}
