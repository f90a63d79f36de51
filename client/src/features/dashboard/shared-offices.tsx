import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SharedOffices } from './lacking-rows';

/**
 * The agency and post office every agreement of the lacking list shares, said once beside the
 * table, whose two columns are then left out (they repeated the province's own agency and post
 * office, truncated, on every row).
 */
export function SharedOfficesLine({ shared }: { shared: SharedOffices }) {
  const { t } = useTranslation('dashboard');
  const { agency, postOffice } = shared;
  const party = agency ?? postOffice;
  if (party === null) return null;
  return (
    <Text size="sm" c="dimmed" my="xs" data-testid="lacking-shared-offices">
      {agency !== null && postOffice !== null
        ? t('lacking.sharedOffices', { agency, postOffice })
        : t('lacking.sharedOffice', { party })}
    </Text>
  );
}
