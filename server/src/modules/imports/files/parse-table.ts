import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { InvalidInputError } from '../../../errors.js';

/** One data row of a spreadsheet: its line (1 is the header) and its cells by column name. */
export type TableRow = { line: number; values: Record<string, string> };

/** A spreadsheet as the imports read it: the header's column names and the rows below it. */
export type Table = { header: string[]; rows: TableRow[] };

function toTable(records: string[][], firstLine: (index: number) => number): Table {
  const [headerCells, ...body] = records;
  if (!headerCells) throw new InvalidInputError('file', 'The file is empty: it needs a header line.');
  const header = headerCells.map((cell) => cell.trim().toLowerCase());
  const rows: TableRow[] = [];
  body.forEach((cells, index) => {
    // Blank lines (and rows of empty cells a spreadsheet leaves behind) are not rows.
    if (cells.every((cell) => cell.trim() === '')) return;
    const values: Record<string, string> = {};
    header.forEach((column, position) => (values[column] = (cells[position] ?? '').trim()));
    rows.push({ line: firstLine(index + 1), values });
  });
  return { header, rows };
}

/**
 * CSV text as written by spreadsheets: a UTF-8 byte-order mark tolerated, `,` or `;` between
 * cells (Vietnamese Excel writes `;`), quoted cells with commas and line breaks inside.
 */
export function parseCsv(text: string): Table {
  const withoutBom = text.replace(/^\uFEFF/, '');
  const firstLine = withoutBom.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(withoutBom, {
      delimiter,
      relax_column_count: true,
      info: true,
      skip_empty_lines: false,
    }) as unknown as typeof records;
  } catch (error) {
    throw new InvalidInputError('file', `Not readable as CSV: ${error instanceof Error ? error.message : error}`);
  }
  // `info.lines` is the line a record ends on, so quoted line breaks keep the numbering honest.
  const lines = records.map((entry) => entry.info.lines);
  return toTable(
    records.map((entry) => entry.record),
    (index) => lines[index]!,
  );
}

/** The text of a cell as a person reads it: dates as YYYY-MM-DD, numbers without formatting. */
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
export async function parseXlsx(buffer: Buffer | Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new InvalidInputError('file', `Not readable as XLSX: ${error instanceof Error ? error.message : error}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new InvalidInputError('file', 'The workbook has no worksheet.');
  const records: string[][] = [];
  const lines: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    records.push(cells);
    lines.push(rowNumber);
  });
  return toTable(records, (index) => lines[index]!);
}

/** Reads a file by its name's ending: `.xlsx` as a workbook, anything else as CSV text. */
export async function parseTableFile(fileName: string, content: Buffer): Promise<Table> {
  return /\.xlsx$/i.test(fileName) ? parseXlsx(content) : parseCsv(content.toString('utf8'));
}
