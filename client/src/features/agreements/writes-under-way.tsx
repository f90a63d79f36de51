import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWritesUnderWay } from './versioned-write';

/**
 * Says plainly that changes to the agreement are still being saved, and how many, while quick taps
 * wait their turn in the agreement's write queue. The live region is always there, so screen
 * readers announce it when it fills.
 */
export function WritesUnderWay({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation('agreements');
  const count = useWritesUnderWay(agreementId);
  return (
    <div role="status" aria-live="polite" data-testid="writes-under-way">
      {count > 0 && (
        <Group gap="xs" wrap="nowrap">
          <Loader size="xs" />
          <Text size="sm">{t('agreement.writesUnderWay', { count })}</Text>
        </Group>
      )}
    </div>
  );
}
