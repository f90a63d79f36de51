import { Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QuerySection } from '../../components/query-section';
import { useFormat } from '../../lib/format';
import { SigningOverTimeQuery } from './plan-documents';

const SigningOverTimeChart = lazy(() => import('./signing-over-time-chart'));

/** Signings per week since the drive began, and how many wards still lacked a signed agreement. */
export default function SigningOverTimeSection({ code }: { code: string }) {
  const { t } = useTranslation('plan');
  const format = useFormat();
  const response = useQuery({
    query: SigningOverTimeQuery,
    variables: { code },
    requestPolicy: 'cache-and-network',
  });
  return (
    <QuerySection
      id="over-time-heading"
      heading={t('overTime.heading')}
      response={response}
      isEmpty={(data) => !data.province.signingOverTime.since || data.province.signingOverTime.weeks.length === 0}
      emptyText={t('overTime.none')}
    >
      {({ province: { signingOverTime: overTime } }) => {
        const latest = overTime.weeks.at(-1)!;
        return (
          <>
            <Text size="sm" mb="xs" data-testid="over-time-summary">
              {t('overTime.summary', {
                since: format.date(overTime.since!),
                signings: format.number(overTime.weeks.reduce((sum, week) => sum + week.signings, 0)),
                lacking: format.number(latest.wardsLacking),
                total: format.number(overTime.totalWards),
              })}
            </Text>
            <Suspense fallback={<div style={{ height: 240 }} />}>
              <SigningOverTimeChart
                weeks={overTime.weeks}
                label={t('overTime.chartLabel')}
                legend={{ signings: t('overTime.legendSignings'), lacking: t('overTime.legendLacking') }}
                formatDate={format.date}
                formatValue={format.number}
              />
            </Suspense>
          </>
        );
      }}
    </QuerySection>
  );
}
