import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFormat } from '../../../lib/format';
import { PROVINCE_POPULATION_QUERY, type ProvincePopulationData } from './map-documents';

type Target = {
  scheme: 'VOLUNTARY_SOCIAL_INSURANCE' | 'HOUSEHOLD_HEALTH_INSURANCE';
  target: { totalParticipants: number };
};

/**
 * Each target as a share of the province's population today (900,000 of 14.5 million: 6.2%),
 * with the population's day: a target is recorded for its year's units, the population for today's.
 */
export type TargetPopulationShareProps = { code: string; targets: readonly Target[] };

function TargetPopulationShare({ code, targets }: TargetPopulationShareProps) {
  const { t } = useTranslation(['map', 'dashboard']);
  const format = useFormat();
  const [{ data }] = useQuery<ProvincePopulationData>({ query: PROVINCE_POPULATION_QUERY, variables: { code } });
  const population = data?.province?.population;
  if (!population || population.inhabitants === 0) return null;
  return (
    <div data-testid="target-population-share">
      {targets.map((row) => (
        <Text key={row.scheme} size="sm">
          {t('population.targetShare', {
            scheme: t(`dashboard:targets.scheme.${row.scheme}`),
            share: format.percent(row.target.totalParticipants / population.inhabitants),
            inhabitants: format.number(population.inhabitants),
            day: format.date(population.asOf),
          })}
        </Text>
      ))}
    </div>
  );
}

export default TargetPopulationShare;
