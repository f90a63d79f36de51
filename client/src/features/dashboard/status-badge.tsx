import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RowStatus } from './lacking-rows';

/** A colour per status, as a dot: the words carry the meaning and keep the text's full contrast. */
const STATUS_COLOR: Record<RowStatus, MantineColor> = {
  NONE: 'red',
  DRAFTING: 'gray',
  AWAITING_SIGNATURES: 'orange',
  SIGNED: 'teal',
  TERMINATED: 'grape',
  EXPIRED: 'yellow',
};

export function StatusBadge({ status }: { status: RowStatus }) {
  const { t } = useTranslation('dashboard');
  return (
    <Badge variant="dot" color={STATUS_COLOR[status]} tt="none" fw={500} size="md" c="var(--mantine-color-text)">
      {t(`lacking.status.${status}`)}
    </Badge>
  );
}
