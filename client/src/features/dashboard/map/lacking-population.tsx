import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';

/** ", 863.760 người" after the count of wards: how many people the listed wards hold. */
export function LackingPopulation({ rows }: { rows: readonly { population: number | null }[] }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const known = rows.filter((row) => row.population !== null);
  if (known.length === 0) return null;
  const inhabitants = known.reduce((sum, row) => sum + row.population!, 0);
  return (
    <>
      ,{' '}
      <span data-testid="lacking-population" className="tabular">
        {t('places.population.total', { inhabitants: format.number(inhabitants) })}
      </span>
      {known.length < rows.length && (
        <Text span c="dimmed" fw={400}>
          {' '}
          {t('places.population.missing', { count: rows.length - known.length })}
        </Text>
      )}
    </>
  );
}
