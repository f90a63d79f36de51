import { Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { HorizontalBars } from '../../components/horizontal-bars';
import { EmptyState, QueryState } from '../../components/query-state';
import type { TargetProgressFieldsFragment } from '../../graphql/generated/graphql';
import { useFormat } from '../../lib/format';
import { LazyTargetPopulationShare } from './map/lazy-places';
import { ProvinceTargetsQuery } from './dashboard-documents';
import { ScrollRegion } from '../../components/scroll-region';

/** How many years back the selector looks (this year included); the query has one alias per year. */
const YEARS_BACK = 7;

function recentYears(now = new Date()): number[] {
  return Array.from({ length: YEARS_BACK }, (_, index) => now.getFullYear() - index);
}

/** Target progress per scheme for a year, as a chart and a table; the latest year with targets first. */
export function TargetProgress({ code }: { code: string }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const years = useMemo(() => recentYears(), []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ProvinceTargetsQuery,
    requestPolicy: 'cache-and-network',
    variables: {
      code,
      y0: years[0]!,
      y1: years[1]!,
      y2: years[2]!,
      y3: years[3]!,
      y4: years[4]!,
      y5: years[5]!,
      y6: years[6]!,
    },
  });
  const byYear = useMemo(() => {
    const province = data?.province;
    if (!province) return new Map<number, TargetProgressFieldsFragment[]>();
    const lists = [province.t0, province.t1, province.t2, province.t3, province.t4, province.t5, province.t6];
    return new Map(
      years.map((year, index) => [year, lists[index] ?? []] as const).filter(([, list]) => list.length > 0),
    );
  }, [data, years]);
  const [chosen, setChosen] = useState<number | null>(null);
  const yearsWithTargets = [...byYear.keys()];
  const year = chosen !== null && byYear.has(chosen) ? chosen : yearsWithTargets[0];
  const targets = year === undefined ? [] : (byYear.get(year) ?? []);

  return (
    <section aria-labelledby="targets-heading">
      <Group justify="space-between" align="flex-end" mb="sm">
        <Title order={2} id="targets-heading" size="h3">
          {year === undefined ? t('targets.heading') : `${t('targets.heading')} ${year}`}
        </Title>
        {yearsWithTargets.length > 0 && (
          <NativeSelect
            label={t('targets.year')}
            value={String(year)}
            onChange={(event) => setChosen(Number(event.currentTarget.value))}
            data={yearsWithTargets.map(String)}
            w={120}
          />
        )}
      </Group>
      <QueryState
        fetching={fetching}
        error={error}
        empty={!data}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {year === undefined ? (
          <EmptyState>{t('targets.none')}</EmptyState>
        ) : (
          <Stack gap="md">
            <HorizontalBars
              label={t('targets.chartLabel', { year })}
              formatValue={format.number}
              maw={720}
              groups={targets.map((row) => ({
                key: row.scheme,
                label: t(`targets.scheme.${row.scheme}`),
                bars: [
                  {
                    key: 'target',
                    label: t('targets.columns.target'),
                    color: 'gray.5',
                    value: row.target.totalParticipants,
                  },
                  {
                    key: 'achieved',
                    label: t('targets.columns.achieved'),
                    color: 'brand.6',
                    value: row.achievedParticipants ?? 0,
                  },
                ],
              }))}
            />
            <TargetTable year={year} targets={targets} />
            <LazyTargetPopulationShare code={code} targets={targets} />
          </Stack>
        )}
      </QueryState>
    </section>
  );
}

function TargetTable({ year, targets }: { year: number; targets: TargetProgressFieldsFragment[] }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const count = (value: number | null | undefined) => (value == null ? '—' : format.number(value));
  return (
    <ScrollRegion minWidth={560} label={t('targets.caption', { year })}>
      <Table aria-label={t('targets.caption', { year })} data-testid="targets-table">
        <Table.Thead>
          <Table.Tr>
            {(['scheme', 'target', 'retained', 'new', 'achieved', 'fraction'] as const).map((key) => (
              <Table.Th key={key} scope="col" ta={key === 'scheme' ? undefined : 'right'}>
                {t(`targets.columns.${key}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody className="tabular">
          {targets.map((row) => (
            <Table.Tr key={row.scheme}>
              <Table.Th scope="row" fw={500}>
                {t(`targets.scheme.${row.scheme}`)}
              </Table.Th>
              <Table.Td ta="right">{count(row.target.totalParticipants)}</Table.Td>
              <Table.Td ta="right">{count(row.target.retainedParticipants)}</Table.Td>
              <Table.Td ta="right">{count(row.target.newParticipants)}</Table.Td>
              <Table.Td ta="right">{count(row.achievedParticipants)}</Table.Td>
              <Table.Td ta="right">
                {row.fractionReached == null ? (
                  <Text span c="dimmed" size="sm">
                    {t('targets.notRecorded')}
                  </Text>
                ) : (
                  format.percent(row.fractionReached)
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
