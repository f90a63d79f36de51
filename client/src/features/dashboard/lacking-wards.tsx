import { Button, Group, NativeSelect, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState, QueryState } from '../../components/query-state';
import { useStatusText } from '../../components/status-words';
import { useFormat } from '../../lib/format';
import { LackingWardsQuery } from './dashboard-documents';
import type { toCsv as CsvWriter } from './lacking-csv';
import { filterRows, type LackingRow, ROW_STATUSES, type RowStatus, toRows } from './lacking-rows';
import { LackingTable, useLackingTable } from './lacking-table';
import { LackingPopulation } from './map/lacking-population';
import { LazyWardMap } from './map/lazy-places';
import { type ListView, ViewSwitch } from './map/view-switch';

const ALL = 'ALL';

/**
 * The headline list of a province: wards without a signed agreement in effect, searchable without
 * diacritics, filterable by status, sortable by every column, exportable as shown to CSV.
 */
export function LackingWards({ code, provinceName }: { code: string; provinceName: string }) {
  const { t } = useTranslation(['dashboard', 'geography']);
  const format = useFormat();
  const statusText = useStatusText();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<RowStatus | typeof ALL>(ALL);
  const [view, setView] = useState<ListView>('table');
  // Coordinators change agreements from their own phones, which this browser's cache cannot
  // know of: show the cached list at once and ask the server again on every visit.
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LackingWardsQuery,
    variables: { code },
    requestPolicy: 'cache-and-network',
  });
  const allRows = useMemo(() => toRows(data?.wardsLackingSignedAgreement ?? []), [data]);
  const rows = useMemo(() => filterRows(allRows, search, status === ALL ? null : status), [allRows, search, status]);
  const table = useLackingTable(rows);
  const caption = t('lacking.caption', { province: provinceName });
  // Offer only statuses the list holds, in workflow order.
  const statuses = ROW_STATUSES.filter((candidate) => allRows.some((row) => row.status === candidate));

  // The CSV writer (papaparse) is fetched on the first export, not with the page.
  const exportCsv = async () => {
    const { csvFileName, downloadCsv, toCsv } = await import('./lacking-csv');
    const shown = table.getRowModel().rows.map((row) => row.original);
    downloadCsv(csvText(toCsv, shown), csvFileName(t('lacking.fileName'), code));
  };
  const csvText = (toCsv: typeof CsvWriter, shown: LackingRow[]) =>
    toCsv(
      (['code', 'name', 'kind', 'status', 'agency', 'postOffice', 'days'] as const).map((key) =>
        t(`lacking.columns.${key}`),
      ),
      shown.map((row) => [
        row.code,
        row.name,
        t(`geography:wardKind.${row.kind}`),
        statusText(row.status),
        row.agency,
        row.postOffice,
        row.days,
      ]),
    );

  return (
    <section aria-labelledby="lacking-heading">
      <Title order={2} id="lacking-heading" size="h3" mb="sm">
        {t('lacking.heading')}
      </Title>
      <QueryState
        fetching={fetching}
        error={error}
        empty={!data}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {allRows.length === 0 ? (
          <EmptyState>{t('lacking.none')}</EmptyState>
        ) : (
          <>
            <Group align="flex-end" gap="sm" mb="sm" wrap="wrap">
              <TextInput
                type="search"
                w={{ base: '100%', sm: 320 }}
                label={
                  <>
                    {t('lacking.search')}{' '}
                    <Text span size="sm" c="dimmed">
                      {t('lacking.searchHint')}
                    </Text>
                  </>
                }
                value={search}
                onChange={(event) => setSearch(event.currentTarget.value)}
              />
              <NativeSelect
                w={{ base: '100%', sm: 240 }}
                label={t('lacking.statusFilter')}
                value={status}
                onChange={(event) => setStatus(event.currentTarget.value as RowStatus | typeof ALL)}
                data={[
                  { value: ALL, label: t('lacking.allStatuses') },
                  ...statuses.map((value) => ({ value, label: statusText(value) })),
                ]}
              />
              <Button
                variant="outline"
                onClick={() => void exportCsv()}
                disabled={rows.length === 0}
                title={t('lacking.exportHint')}
              >
                {t('lacking.export')}
              </Button>
              <ViewSwitch value={view} onChange={setView} />
            </Group>
            <Text aria-live="polite" mb="xs" fw={600}>
              <span data-testid="lacking-count" className="tabular">
                {format.number(rows.length)}
              </span>{' '}
              {t('lacking.countUnit', { count: rows.length })}
              <LackingPopulation rows={rows} />
              {rows.length !== allRows.length && (
                <Text span c="dimmed" fw={400}>
                  {' '}
                  {t('lacking.countOf', { total: format.number(allRows.length) })}
                </Text>
              )}
            </Text>
            {view === 'map' ? (
              <LazyWardMap
                code={code}
                provinceName={provinceName}
                search={search}
                status={status === ALL ? null : status}
                lackingRows={allRows}
              />
            ) : rows.length === 0 ? (
              <EmptyState>{t('lacking.noMatch')}</EmptyState>
            ) : (
              <LackingTable table={table} caption={caption} />
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
