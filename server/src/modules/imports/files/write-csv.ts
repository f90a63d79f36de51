import { stringify } from 'csv-stringify/sync';
import { quoteApostrophedFormula } from './spreadsheet-formulas.js';

export type CsvCell = string | number | null | undefined;

/**
 * CSV that Excel opens with Vietnamese letters intact and never runs as formulas: UTF-8 with a
 * byte-order mark, `,` between cells, CRLF line ends, cells quoted when they hold a separator
 * (`;` too, which Vietnamese Excel splits on), a quote or a line break, and cells that a
 * spreadsheet would run written as text (see spreadsheet-formulas.ts; imports undo it).
 */
export function csvText(header: readonly string[], rows: readonly Record<string, CsvCell>[]): string {
  return stringify(
    rows.map((row) => header.map((column) => row[column] ?? null)),
    {
      bom: true,
      header: true,
      columns: [...header],
      record_delimiter: 'windows',
      quoted_match: /;/,
      escape_formulas: true,
      cast: { string: quoteApostrophedFormula },
    },
  );
}
