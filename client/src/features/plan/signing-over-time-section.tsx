import { Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState, QueryState } from '../../components/query-state';
import { useFormat } from '../../lib/format';
import { SigningOverTimeQuery } from './plan-documents';

const SigningOverTimeChart = lazy(() => import('./signing-over-time-chart'));

/** Signings per week since the drive began, and how many wards still lacked a signed agreement. */
export default function SigningOverTimeSection({ code }: { code: string }) {
  const { t } = useTranslation('plan');
  const format = useFormat();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SigningOverTimeQuery,
    variables: { code },
    requestPolicy: 'cache-and-network',
  });
  const overTime = data?.province.signingOverTime;
  const latest = overTime?.weeks.at(-1);
  return (
    <section aria-labelledby="over-time-heading">
      <Title order={2} id="over-time-heading" size="h3" mb="xs">
        {t('overTime.heading')}
      </Title>
      <QueryState
        fetching={fetching}
        error={error}
        empty={!data}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {!overTime?.since || !latest ? (
          <EmptyState>{t('overTime.none')}</EmptyState>
        ) : (
          <>
            <Text size="sm" mb="xs" data-testid="over-time-summary">
              {t('overTime.summary', {
                since: format.date(overTime.since),
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
        )}
      </QueryState>
    </section>
  );
}
