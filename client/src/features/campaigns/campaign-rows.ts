import { type Scheme, vietnameseNameCollator } from '@tripartite/shared';

/** One province's line of the results: both schemes side by side. */
export type CampaignRow = {
  key: string;
  code: string | null;
  /** Vietnamese name, and the same without diacritics for English texts. */
  name: string;
  nameEn: string;
  voluntary: number | null;
  household: number | null;
  /** Remarks recorded with the figures, such as `as published`. */
  notes: string[];
  /** Under today's units: the 2020 provinces whose figures are summed here. */
  formerProvinces: { name: string; nameEn: string }[];
};

type ProvinceRef = { id: string; code: string; name: string; nameEn: string } | null | undefined;

type RecordedFigure = { scheme: Scheme; participants: number; note?: string | null; province?: ProvinceRef };

type RegroupedResult = {
  scheme: Scheme;
  participants: number;
  province?: ProvinceRef;
  figures: { note?: string | null; province?: { name: string; nameEn: string } | null }[];
};

const SCHEME_COLUMN: Record<Scheme, 'voluntary' | 'household'> = {
  VOLUNTARY_SOCIAL_INSURANCE: 'voluntary',
  HOUSEHOLD_HEALTH_INSURANCE: 'household',
};

function rowFor(rows: Map<string, CampaignRow>, province: ProvinceRef): CampaignRow {
  const key = province?.id ?? 'none';
  let row = rows.get(key);
  if (!row) {
    row = {
      key,
      code: province?.code ?? null,
      name: province?.name ?? '',
      nameEn: province?.nameEn ?? '',
      voluntary: null,
      household: null,
      notes: [],
      formerProvinces: [],
    };
    rows.set(key, row);
  }
  return row;
}

/**
 * The figures as recorded, one row per province of the campaign's time. Figures for the whole
 * country are not rows: they are the published totals, shown apart.
 */
export function rowsAsRecorded(figures: readonly RecordedFigure[]): CampaignRow[] {
  const rows = new Map<string, CampaignRow>();
  for (const figure of figures) {
    if (!figure.province) continue;
    const row = rowFor(rows, figure.province);
    const column = SCHEME_COLUMN[figure.scheme];
    row[column] = (row[column] ?? 0) + figure.participants;
    if (figure.note && !row.notes.includes(figure.note)) row.notes.push(figure.note);
  }
  return [...rows.values()];
}

/**
 * The same figures summed under the units in force today (Bình Dương's 2020 figures under
 * today's Hồ Chí Minh). A figure whose unit has no successor today keeps a row with no name.
 */
export function rowsUnderCurrentProvinces(results: readonly RegroupedResult[]): CampaignRow[] {
  const rows = new Map<string, CampaignRow>();
  for (const result of results) {
    const row = rowFor(rows, result.province);
    const column = SCHEME_COLUMN[result.scheme];
    row[column] = (row[column] ?? 0) + result.participants;
    for (const figure of result.figures) {
      if (figure.note && !row.notes.includes(figure.note)) row.notes.push(figure.note);
      const former = figure.province;
      if (former && !row.formerProvinces.some((known) => known.name === former.name)) {
        row.formerProvinces.push({ name: former.name, nameEn: former.nameEn });
      }
    }
  }
  return [...rows.values()];
}

/** Sum of the rows' figures per scheme; null for a scheme no row has. */
export function sumOfRows(rows: readonly CampaignRow[]): { voluntary: number | null; household: number | null } {
  const sum = (column: 'voluntary' | 'household') =>
    rows.reduce<number | null>((total, row) => (row[column] === null ? total : (total ?? 0) + row[column]), null);
  return { voluntary: sum('voluntary'), household: sum('household') };
}

export type SortColumn = 'province' | 'voluntary' | 'household';
export type SortState = { column: SortColumn; direction: 'ascending' | 'descending' };

/** Rows in the order asked; provinces by Vietnamese collation in either language, empty figures last. */
export function sortRows(
  rows: readonly CampaignRow[],
  sort: SortState,
  nameOf: (row: CampaignRow) => string,
): CampaignRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const collator = vietnameseNameCollator;
  return [...rows].sort((a, b) => {
    if (sort.column === 'province') return sign * collator.compare(nameOf(a), nameOf(b));
    const x = a[sort.column];
    const y = b[sort.column];
    if (x === y) return collator.compare(nameOf(a), nameOf(b));
    if (x === null) return 1;
    if (y === null) return -1;
    return sign * (x - y);
  });
}
