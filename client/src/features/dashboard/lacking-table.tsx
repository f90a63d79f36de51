import { Table, UnstyledButton } from '@mantine/core';
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type Table as TanStackTable,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { useNarrowScreen } from '../../lib/use-narrow-screen';
import { lackingColumns } from './lacking-columns';
import { PHONE_COLUMN_ORDER } from './lacking-url';
import type { LackingRow, SharedOffices } from './lacking-rows';
import { ScrollRegion } from '../../components/scroll-region';
import { useFirstScreenFirst } from '../../components/use-first-screen-first';
import classes from './lacking-table.module.css';

/**
 * The table's rows, sorted as `sorting` says (the page keeps it in the address): the page renders
 * it and exports its rows in the order shown. A party every agreement shares (`shared`) is said
 * once above the table, not in a column.
 */
export function useLackingTable(
  rows: LackingRow[],
  sorting: SortingState,
  setSorting: (next: SortingState) => void,
  shared: SharedOffices,
) {
  const { t } = useTranslation(['dashboard', 'geography']);
  const format = useFormat();
  const columns = useMemo(() => lackingColumns(t, format), [t, format]);
  const narrow = useNarrowScreen();
  // The app is not built with the React Compiler; the table object is read fresh on each render.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  return useReactTable({
    data: rows,
    columns,
    state: {
      sorting,
      columnOrder: narrow ? PHONE_ORDER : DEFINED_ORDER,
      columnVisibility: { agency: shared.agency === null, postOffice: shared.postOffice === null },
    },
    onSortingChange: (update) => setSorting(typeof update === 'function' ? update(sorting) : update),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => row.id,
  });
}

// Constants, not arrays made on each render: the table recomputes its headers when the order changes.
const PHONE_ORDER = [...PHONE_COLUMN_ORDER];
const DEFINED_ORDER: string[] = [];

/** The rows a 360 × 740 phone shows below the summary and the list's controls, and a few more. */
const PHONE_FIRST_ROWS = 6;

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const ARROW = { asc: '▲', desc: '▼' } as const;

/**
 * The wards lacking a signed agreement in Mantine's table, sorted by TanStack Table. Each header
 * is a button (Tab, Enter) that cycles ascending, descending, unsorted; `aria-sort` tells screen
 * readers the current order. Wide: scrolls sideways on a phone, and the scroller takes focus so
 * the keyboard can scroll it too.
 */
export function LackingTable({ table, caption }: { table: TanStackTable<LackingRow>; caption: string }) {
  const { t } = useTranslation('dashboard');
  const rows = useFirstScreenFirst(table.getRowModel().rows, PHONE_FIRST_ROWS);
  // A phone scrolls it sideways. Headings wrap where the window is narrow (on one line, "Số ngày từ
  // lần thay đổi cuối" and "Social insurance agency" pushed the table past a 1,280 px window).
  return (
    <ScrollRegion minWidth={1000} label={caption}>
      {/* Closer columns than Mantine's default (10 px a side): eight of them fit a 1,280 px window. */}
      <Table striped highlightOnHover horizontalSpacing="0.4rem" aria-label={caption}>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = String(header.column.columnDef.header);
                return (
                  <Table.Th key={header.id} scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : 'none'}>
                    <UnstyledButton
                      onClick={header.column.getToggleSortingHandler()}
                      fw={700}
                      fz="sm"
                      title={t('lacking.sortBy', { column: label })}
                    >
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      {/* The arrow stays with the heading's last word when a heading wraps. */}
                      <span aria-hidden="true">
                        {'\u00a0'}
                        {sorted ? ARROW[sorted] : '↕'}
                      </span>
                    </UnstyledButton>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        {/* Rows and cells as plain elements with Table's own classes and the attributes its
            Tr and Td would set (striped, hover, row border): the same look, without Mantine's
            styles work for each of a hundred cells (issue 15, the director's warm visit). */}
        <tbody className={Table.classes.tbody}>
          {rows.map((row) => (
            <tr key={row.id} className={Table.classes.tr} data-striped="odd" data-hover data-with-row-border>
              {row.getVisibleCells().map((cell) => (
                <td
                  key={cell.id}
                  className={`${Table.classes.td} ${classes.cell}${cell.column.id === 'days' ? ' tabular' : ''}`}
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </ScrollRegion>
  );
}
