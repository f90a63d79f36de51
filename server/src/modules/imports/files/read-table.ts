import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';

/** One data row of a table, with the 1-based line (or spreadsheet row) it came from, header included. */
export type TableRow = { line: number; values: Record<string, string> };

export type Table = { header: string[]; rows: TableRow[] };

/**
 * Reads a CSV (UTF-8, with or without a byte-order mark) or XLSX file (its first sheet) into
 * rows keyed by the header's column names (in lower case). Values are text, trimmed and NFC-normalised, so a
 * name typed with combining marks matches the same name stored precomposed. Rows whose cells
 * are all empty are skipped; a row with more or fewer cells than the header is kept as it is,
 * so the caller can report it by line.
 */
export async function readTable(filePath: string): Promise<Table> {
  const extension = extname(filePath).toLowerCase();
  if (extension === '.xlsx') return readWorkbook(filePath);
  if (extension === '.xls') throw new Error(`${filePath}: the old .xls format is not read; save it as .xlsx or CSV`);
  return readCsv(await readFile(filePath));
}

function clean(value: unknown): string {
  return String(value ?? '')
    .trim()
    .normalize('NFC');
}

function toTable(cells: { line: number; values: string[] }[]): Table {
  const [first, ...rest] = cells;
  if (!first) return { header: [], rows: [] };
  // Column names are matched without regard to case: `Code` in a hand-made sheet is `code`.
  const header = first.values.map((value) => clean(value).toLowerCase());
  const rows = rest
    .filter((row) => row.values.some((value) => clean(value) !== ''))
    .map((row) => {
      const values: Record<string, string> = {};
      header.forEach((column, index) => {
        values[column] = clean(row.values[index]);
      });
      // Cells past the header's end are kept under their position, so a stray comma is seen.
      row.values.slice(header.length).forEach((value, index) => {
        if (clean(value) !== '') values[`#${header.length + index + 1}`] = clean(value);
      });
      return { line: row.line, values };
    });
  return { header, rows };
}

function readCsv(content: Buffer): Table {
  const records = parse(content, {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  return toTable(records.map(({ record, info }) => ({ line: info.lines, values: record })));
}

async function readWorkbook(filePath: string): Promise<Table> {
  // Loaded on demand: exceljs is large, and most loads are CSV.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(filePath);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  const cells: { line: number; values: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) values.push(row.getCell(column).text);
    cells.push({ line: row.number, values });
  });
  return toTable(cells);
}
