import { Alert, Button, Group, Modal, Text, type MantineColor } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { useApiErrorText } from '../lib/api-error';

type ConfirmedActionButtonProps = {
  /** The small button's text, and its accessible name when several rows show the same text. */
  label: string;
  ariaLabel: string;
  color: MantineColor;
  /** The dialog: its title, what will follow, and its two buttons. */
  title: string;
  warning: string;
  cancelLabel: string;
  confirmLabel: string;
  /** Runs the write; the dialog closes when it answers without an error. */
  onConfirm: () => Promise<{ error?: CombinedError }>;
  fetching: boolean;
  error: CombinedError | undefined;
};

/**
 * A button whose action cannot be taken back lightly (revoking a token, disabling an account):
 * it opens a dialog that says what follows, runs the write on confirmation, and keeps the dialog
 * open with the API's error in words when the write is refused.
 */
export function ConfirmedActionButton(props: ConfirmedActionButtonProps) {
  const { t } = useTranslation();
  const apiErrorText = useApiErrorText();
  const [opened, { open, close }] = useDisclosure(false);

  const confirm = async () => {
    const result = await props.onConfirm();
    if (!result.error) close();
  };

  return (
    <>
      <Button size="xs" variant="outline" color={props.color} onClick={open} aria-label={props.ariaLabel}>
        {props.label}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={props.title}
        centered
        // Mantine's close button is an icon: its name, for screen readers.
        closeButtonProps={{ 'aria-label': t('close') }}
      >
        <Text size="sm" mb="md">
          {props.warning}
        </Text>
        {props.error && (
          <Alert color="red" role="alert" mb="md">
            {apiErrorText(props.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {props.cancelLabel}
          </Button>
          <Button color={props.color} onClick={confirm} loading={props.fetching}>
            {props.confirmLabel}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
