import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';

type Period = { effectiveFrom?: string | null; effectiveTo?: string | null };

/** "In effect: from … to …" (or "from …" while open-ended); nothing before it has a start. */
export function EffectivePeriod({ agreement }: { agreement: Period }) {
  const { t } = useTranslation('agreements');
  const format = useFormat();
  if (!agreement.effectiveFrom) return null;
  const from = format.date(agreement.effectiveFrom);
  return (
    <Text size="sm">
      {t('agreement.effective')}:{' '}
      {agreement.effectiveTo
        ? t('agreement.effectiveBetween', { from, to: format.date(agreement.effectiveTo) })
        : t('agreement.effectiveOpen', { from })}
    </Text>
  );
}
