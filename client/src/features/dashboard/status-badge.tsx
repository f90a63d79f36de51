import { Box, Group, type MantineColor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RowStatus } from './lacking-rows';

/** A colour per status, as a dot beside the words: the words carry the meaning, in full-contrast text. */
const STATUS_COLOR: Record<RowStatus, MantineColor> = {
  NONE: 'red.7',
  NEEDS_RESIGNING: 'grape.7',
  DRAFTING: 'gray.6',
  AWAITING_SIGNATURES: 'orange.6',
  SIGNED: 'teal.6',
  TERMINATED: 'grape.6',
  EXPIRED: 'yellow.6',
};

export function StatusBadge({ status }: { status: RowStatus }) {
  const { t } = useTranslation('dashboard');
  return (
    <Group gap={6} wrap="nowrap" component="span" display="inline-flex">
      <Box
        component="span"
        aria-hidden="true"
        w={10}
        h={10}
        bg={STATUS_COLOR[status]}
        style={{ borderRadius: '50%', flex: 'none' }}
      />
      <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
        {t(`lacking.status.${status}`)}
      </Text>
    </Group>
  );
}
