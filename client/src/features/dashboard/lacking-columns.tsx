import { createColumnHelper, type SortingFn } from '@tanstack/react-table';
import { collatorOnFirstUse, type Comparer, vietnameseNameCollator } from '@tripartite/shared';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { StatusBadge } from '../../components/status-badge';
import type { Formatter } from '../../lib/format';
import { type LackingRow, ROW_STATUSES } from './lacking-rows';
import classes from './lacking-table.module.css';

const column = createColumnHelper<LackingRow>();

/** Sorts text the Vietnamese way (Bình before Bến is wrong; Bến, Bình, Cần, Côn, Củ, Dầu … is right). */
function byText(collator: Comparer, value: (row: LackingRow) => string | null): SortingFn<LackingRow> {
  return (a, b) => collator.compare(value(a.original) ?? '', value(b.original) ?? '');
}

/** Missing values (no agreement) sort after every number, whichever the direction. */
const byDays: SortingFn<LackingRow> = (a, b) => (a.original.days ?? -1) - (b.original.days ?? -1);

/**
 * An agency's or post office's name on one line, cut with an ellipsis past 10rem and shown whole
 * in its tooltip: whole, "Bảo hiểm xã hội Thành phố Hồ Chí Minh" took two or three lines in each
 * row and pushed the table past a 1,280 px window. A plain span (see lacking-table.module.css).
 */
function OfficeName({ name, none }: { name: string | null; none: string }) {
  if (name === null) return none;
  return (
    <span className={classes.officeName} title={name}>
      {name}
    </span>
  );
}

/** The columns of the lacking-wards table, in the language shown. */
export function lackingColumns(t: TFunction<['dashboard', 'geography']>, format: Formatter) {
  // Names sort the Vietnamese way in both languages; the translated kind by the language shown
  // (its collator built when someone sorts by kind, not with the table).
  const kindCollator = collatorOnFirstUse(format.locale, { sensitivity: 'base' });
  return [
    column.accessor('code', { header: t('lacking.columns.code'), cell: (cell) => cell.getValue() }),
    column.accessor('name', {
      header: t('lacking.columns.name'),
      sortingFn: byText(vietnameseNameCollator, (row) => row.name),
      cell: (cell) => (
        // Looks as Mantine's Anchor does, without its styles work per row.
        <Link className={`mantine-focus-auto ${classes.wardLink}`} to={`/wards/${cell.row.original.code}`}>
          {cell.getValue()}
        </Link>
      ),
    }),
    // Raw values in accessors, words in cells: TanStack caches accessor values per row, across a language switch.
    column.accessor('kind', {
      header: t('lacking.columns.kind'),
      sortingFn: byText(kindCollator, (row) => t(`geography:wardKind.${row.kind}`)),
      cell: (cell) => t(`geography:wardKind.${cell.getValue()}`),
    }),
    column.accessor('status', {
      header: t('lacking.columns.status'),
      // Workflow order: nothing yet, drafting, awaiting signatures … not alphabetical.
      sortingFn: (a, b) => ROW_STATUSES.indexOf(a.original.status) - ROW_STATUSES.indexOf(b.original.status),
      cell: (cell) => <StatusBadge word={cell.getValue()} />,
    }),
    column.accessor('population', {
      header: t('lacking.columns.population'),
      sortingFn: (a, b) => (a.original.population ?? -1) - (b.original.population ?? -1),
      sortDescFirst: true,
      cell: (cell) => {
        const population = cell.getValue();
        return population === null ? t('lacking.noAgreement') : format.number(population);
      },
    }),
    column.accessor('agency', {
      header: t('lacking.columns.agency'),
      sortingFn: byText(vietnameseNameCollator, (row) => row.agency),
      cell: (cell) => <OfficeName name={cell.getValue()} none={t('lacking.noAgreement')} />,
    }),
    column.accessor('postOffice', {
      header: t('lacking.columns.postOffice'),
      sortingFn: byText(vietnameseNameCollator, (row) => row.postOffice),
      cell: (cell) => <OfficeName name={cell.getValue()} none={t('lacking.noAgreement')} />,
    }),
    column.accessor('days', {
      header: t('lacking.columns.days'),
      sortingFn: byDays,
      sortDescFirst: true,
      cell: (cell) => {
        const days = cell.getValue();
        return days === null ? t('lacking.noAgreement') : format.number(days);
      },
    }),
  ];
}
