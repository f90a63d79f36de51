import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QuerySection } from '../../components/query-section';
import { useFormat } from '../../lib/format';
import { TargetForecastsQuery } from './plan-documents';

const ForecastChart = lazy(() => import('./forecast-chart'));

/**
 * This year's targets, each with what is achieved, the projection to 31 December and its 80%
 * interval, the monthly pace still needed, and a chart on the scheme's own scale (15,000 beside
 * 900,000 on one axis would hide the smaller one).
 */
export default function ForecastSection({ code }: { code: string }) {
  const { t } = useTranslation('plan');
  const format = useFormat();
  const year = new Date().getFullYear();
  const response = useQuery({
    query: TargetForecastsQuery,
    variables: { code, year },
    requestPolicy: 'cache-and-network',
  });
  return (
    <QuerySection
      id="forecast-heading"
      heading={t('forecast.heading', { year })}
      response={response}
      isEmpty={(data) => data.province.targets.length === 0}
      emptyText={t('forecast.noTargets', { year })}
    >
      {({ province: { targets } }) => (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {targets.map(({ scheme, target }) => {
            const forecast = target.forecast;
            return (
              <Paper key={target.id} withBorder p="md" data-testid={`forecast-${scheme}`}>
                <Group justify="space-between" mb="xs">
                  <Text fw={600}>{t(`scheme.${scheme}`)}</Text>
                  {forecast && (
                    <Badge color={forecast.onTrack ? 'teal.9' : 'red.9'} variant="filled">
                      {forecast.onTrack ? t('forecast.onTrack') : t('forecast.offTrack')}
                    </Badge>
                  )}
                </Group>
                {!forecast ? (
                  <Text size="sm">{t('forecast.tooFewMonths')}</Text>
                ) : (
                  <Stack gap={4}>
                    <Text size="sm">
                      {t('forecast.achieved', {
                        achieved: format.number(forecast.achieved),
                        target: format.number(target.totalParticipants),
                        asOf: format.date(forecast.asOf),
                      })}
                    </Text>
                    <Text size="sm">
                      {t('forecast.projected', {
                        projected: format.number(forecast.projected),
                        low: format.number(forecast.low),
                        high: format.number(forecast.high),
                      })}
                    </Text>
                    <Text size="sm">
                      {forecast.requiredMonthlyPace === null
                        ? t('forecast.yearComplete')
                        : forecast.requiredMonthlyPace === 0
                          ? // Not "0 more people a month needed": the target is already behind them.
                            t('forecast.reached', { current: format.number(Math.round(forecast.monthlyPace)) })
                          : t('forecast.pace', {
                              required: format.number(forecast.requiredMonthlyPace),
                              current: format.number(Math.round(forecast.monthlyPace)),
                            })}
                    </Text>
                    <Suspense fallback={<div style={{ height: 220 }} />}>
                      <ForecastChart
                        year={year}
                        target={target.totalParticipants}
                        forecast={forecast}
                        label={t('forecast.chartLabel', { scheme: t(`scheme.${scheme}`), year })}
                        legend={{
                          achieved: t('forecast.legendAchieved'),
                          projected: t('forecast.legendProjected'),
                          band: t('forecast.legendBand'),
                          target: t('forecast.legendTarget'),
                        }}
                        formatValue={format.number}
                      />
                    </Suspense>
                    <Text size="xs" c="dimmed">
                      {t('forecast.method')}
                    </Text>
                  </Stack>
                )}
              </Paper>
            );
          })}
        </SimpleGrid>
      )}
    </QuerySection>
  );
}
