import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { InvalidInputError } from '../../../errors.js';
import { assertNoReplacementCharacter, decodeCsvBytes } from './decode-text.js';
import { unquoteFormula } from './spreadsheet-formulas.js';

/** One data row of a table, with the 1-based line (or sheet row) it came from, header included. */
export type TableRow = { line: number; values: Record<string, string> };

/** A spreadsheet as every import reads it: the header's column names and the rows below it. */
export type Table = { header: string[]; rows: TableRow[] };

/** How to read a file's bytes; `encoding` names a CSV file's character set (see decode-text.ts). */
export type TableReadOptions = { encoding?: string };

/**
 * The one reader of spreadsheets for every import (units, mappings, figures, agreements; CLI and
 * GraphQL). Column names are matched in lower case; cells are trimmed, NFC-normalised (a name
 * typed with combining marks, as Windows-1258 files have them, matches the same name stored
 * precomposed) and freed of the apostrophe an export puts before a formula character. Rows of
 * empty cells are skipped and every row keeps its real line, quoted line breaks included. Cells
 * past the header's end are kept as `#<position>`, so a stray separator can be reported.
 */
function toTable(records: { line: number; cells: string[] }[], fileName: string): Table {
  const [first, ...rest] = records;
  if (!first) throw new InvalidInputError('file', `${fileName}: the file is empty; it needs a header line.`);
  const clean = (value: string | undefined) => unquoteFormula((value ?? '').trim().normalize('NFC'));
  const header = first.cells.map((cell) => (cell ?? '').trim().normalize('NFC').toLowerCase());
  const rows: TableRow[] = [];
  for (const { line, cells } of rest) {
    if (cells.every((cell) => (cell ?? '').trim() === '')) continue;
    const values: Record<string, string> = {};
    header.forEach((column, position) => (values[column] = clean(cells[position])));
    cells.slice(header.length).forEach((cell, index) => {
      if (clean(cell) !== '') values[`#${header.length + index + 1}`] = clean(cell);
    });
    rows.push({ line, values });
  }
  return { header, rows };
}

/** The separator a spreadsheet used, told from the header: `;` (Vietnamese Excel), tab, or `,`. */
function separatorOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  if (header.includes(',')) return ',';
  if (header.includes(';')) return ';';
  return header.includes('\t') ? '\t' : ',';
}

/** CSV text: `,`, `;` or tab between cells, quoted cells with separators and line breaks inside. */
export function readCsvText(text: string, fileName = 'the file'): Table {
  const withoutBom = text.replace(/^\uFEFF/, '');
  assertNoReplacementCharacter(withoutBom, fileName);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(withoutBom, {
      delimiter: separatorOf(withoutBom),
      relax_column_count: true,
      info: true,
      skip_empty_lines: false,
    }) as unknown as typeof records;
  } catch (error) {
    throw new InvalidInputError(
      'file',
      `${fileName}: not readable as CSV: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  // `info.lines` is the line a record ends on, so quoted line breaks keep the numbering honest.
  return toTable(
    records.map(({ record, info }) => ({ line: info.lines, cells: record })),
    fileName,
  );
}

/** The text of a cell as a person reads it: dates as YYYY-MM-DD, a formula's result, rich text joined. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/** The first worksheet of an XLSX workbook; line numbers are the sheet's row numbers. */
export async function readWorkbook(content: Uint8Array, fileName = 'the workbook'): Promise<Table> {
  // Loaded on demand: exceljs is large, and most loads are CSV.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw new InvalidInputError(
      'file',
      `${fileName}: not readable as XLSX: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new InvalidInputError('file', `${fileName}: the workbook has no worksheet.`);
  const records: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    records.push({ line, cells });
  });
  return toTable(records, fileName);
}

/** A file's bytes by its name's ending: `.xlsx` as a workbook, `.xls` refused, anything else CSV. */
export async function readTableFile(fileName: string, content: Uint8Array, options: TableReadOptions = {}) {
  const extension = extname(fileName).toLowerCase();
  if (extension === '.xlsx') return readWorkbook(content, fileName);
  if (extension === '.xls') {
    throw new InvalidInputError('file', `${fileName}: the old .xls format is not read; save it as .xlsx or CSV UTF-8.`);
  }
  return readCsvText(decodeCsvBytes(content, fileName, options.encoding), fileName);
}

/** A file on disk (the command line), by its path. */
export async function readTable(filePath: string, options: TableReadOptions = {}): Promise<Table> {
  return readTableFile(basename(filePath), await readFile(filePath), options);
}
