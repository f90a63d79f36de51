import { Button, Group, NativeSelect, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, QueryState } from '../../components/query-state';
import { useStatusText } from '../../components/status-words';
import { useFormat } from '../../lib/format';
import { QUIET_UNCHANGED_REFRESH } from '../../lib/unchanged-answers';
import { useLiveContent } from '../../lib/live-screen';
import { useNarrowScreen } from '../../lib/use-narrow-screen';
import type { toCsv as CsvWriter } from './lacking-csv';
import { FIRST_SCREEN_REQUESTS } from './first-screen-requests';
import { filterRows, type LackingRow, ROW_STATUSES, type RowStatus, sharedOffices, toRows } from './lacking-rows';
import { LackingTable, useLackingTable } from './lacking-table';
import { SharedOfficesLine } from './shared-offices';
import { LackingPopulation } from './map/lacking-population';
import { LazyWardMap } from './map/lazy-places';
import { type ListView, ViewSwitch } from './map/view-switch';
import {
  LACKING_COLUMNS,
  type LackingView,
  PendingAddressWrites,
  readLackingView,
  writeLackingView,
} from './lacking-url';

const ALL = 'ALL';

/** The list's search, filter and sort, read from and written to the address (replacing, so Back leaves the page). */
function useLackingView(): [LackingView, (change: Partial<LackingView>) => void] {
  const [params, setParams] = useSearchParams();
  // Two changes before the router shows the first (clear the search, then pick a status) must
  // both apply: each builds on the last one written, not on an address the router shows late.
  const latest = useRef(params);
  const pending = useRef(new PendingAddressWrites());
  useEffect(() => {
    if (pending.current.shown(params)) latest.current = params;
  }, [params]);
  const view = useMemo(() => readLackingView(params), [params]);
  const change = (next: Partial<LackingView>) => {
    latest.current = writeLackingView(latest.current, next);
    pending.current.wrote(latest.current);
    setParams(latest.current, { replace: true, preventScrollReset: true });
  };
  return [view, change];
}

/**
 * The headline list of a province: wards without a signed agreement in effect, searchable by name
 * (without diacritics) or code, filterable by status, sortable by every column, exportable as
 * shown to CSV. What is shown lives in the address.
 */
export function LackingWards({ code, provinceName }: { code: string; provinceName: string }) {
  const { t } = useTranslation(['dashboard', 'geography']);
  const format = useFormat();
  const statusText = useStatusText();
  const [view, changeView] = useLackingView();
  const [listView, setListView] = useState<ListView>('table');
  // Coordinators change agreements from their own phones, which this browser's cache cannot
  // know of: show the cached list at once and ask the server again on every visit.
  const [{ data, fetching, error }, reexecute] = useQuery({
    ...FIRST_SCREEN_REQUESTS.lacking(code),
    requestPolicy: 'cache-and-network',
    context: QUIET_UNCHANGED_REFRESH,
  });
  // The director's landing page is shown once its list is (the last screen goes, lib/live-screen.ts).
  useLiveContent(Boolean(data));
  const allRows = useMemo(() => toRows(data?.wardsLackingSignedAgreement ?? []), [data]);
  const rows = useMemo(() => filterRows(allRows, view.search, view.status), [allRows, view.search, view.status]);
  const shared = useMemo(() => sharedOffices(allRows), [allRows]);
  const table = useLackingTable(rows, view.sorting, (sorting) => changeView({ sorting }), shared);
  // Above the table on a wide screen; below it on a phone, where the first rows must stay in the first screen.
  const narrow = useNarrowScreen();
  const caption = t('lacking.caption', { province: provinceName });
  // Offer only statuses the list holds, in workflow order (and the one asked for, if any).
  const statuses = ROW_STATUSES.filter(
    (candidate) => candidate === view.status || allRows.some((row) => row.status === candidate),
  );

  // The CSV writer (papaparse) is fetched on the first export, not with the page.
  const exportCsv = async () => {
    const { csvFileName, downloadCsv, toCsv } = await import('./lacking-csv');
    const shown = table.getRowModel().rows.map((row) => row.original);
    downloadCsv(csvText(toCsv, shown), csvFileName(t('lacking.fileName'), code));
  };
  const csvText = (toCsv: typeof CsvWriter, shown: LackingRow[]) =>
    toCsv(
      LACKING_COLUMNS.map((key) => t(`lacking.columns.${key}`)),
      shown.map((row) => [
        row.code,
        row.name,
        t(`geography:wardKind.${row.kind}`),
        statusText(row.status),
        row.population,
        row.agency,
        row.postOffice,
        row.days,
      ]),
    );

  return (
    // Its place is held while it loads, so the sections below stay out of sight (and unloaded).
    <section aria-labelledby="lacking-heading" style={data ? undefined : { minHeight: '60vh' }}>
      <Title order={2} id="lacking-heading" size="h3" mb="xs">
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
            <Group align="flex-end" gap="xs" mb="xs" wrap="wrap">
              <TextInput
                type="search"
                w={{ base: '100%', sm: 400 }}
                label={
                  <>
                    {t('lacking.search')}{' '}
                    <Text span size="sm" c="dimmed">
                      {t('lacking.searchHint')}
                    </Text>
                  </>
                }
                value={view.search}
                onChange={(event) => changeView({ search: event.currentTarget.value })}
              />
              <NativeSelect
                flex={{ base: 1, sm: 'none' }}
                w={{ sm: 240 }}
                label={t('lacking.statusFilter')}
                value={view.status ?? ALL}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  changeView({ status: value === ALL ? null : (value as RowStatus) });
                }}
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
            {listView === 'map' ? (
              <LazyWardMap
                code={code}
                provinceName={provinceName}
                search={view.search}
                status={view.status}
                lackingRows={allRows}
              />
            ) : rows.length === 0 ? (
              <EmptyState>{t('lacking.noMatch')}</EmptyState>
            ) : (
              <>
                {!narrow && <SharedOfficesLine shared={shared} />}
                <LackingTable table={table} caption={caption} />
                {narrow && <SharedOfficesLine shared={shared} />}
              </>
            )}
            {/* Below the list: on a phone the first rows stay in the first screen. */}
            <Group mt="sm">
              <ViewSwitch value={listView} onChange={setListView} />
            </Group>
          </>
        )}
      </QueryState>
    </section>
  );
}
