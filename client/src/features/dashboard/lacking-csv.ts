import Papa from 'papaparse';

/** Excel reads a CSV file as UTF-8 (and shows "Bến Thành", not "Báº¿n ThÃ nh") only after this mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * A CSV file's text: the byte-order mark, a header line and one line per row, quoted where a value
 * holds a comma, quote or line break (papaparse). Cells starting with `=`, `+`, `-` or `@` are
 * prefixed so a spreadsheet does not run them as formulas. Lines end with CRLF, as Excel writes them.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const body = Papa.unparse(
    { fields: [...headers], data: rows.map((row) => row.map((cell) => cell ?? '')) },
    { newline: '\r\n', escapeFormulae: true },
  );
  return UTF8_BOM + body + '\r\n';
}

/** `phuong-xa-chua-ky-79-2026-11-25.csv`: the list's name, the province and the day (local time). */
export function csvFileName(stem: string, provinceCode: string, today = new Date()): string {
  const day = [today.getFullYear(), today.getMonth() + 1, today.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return `${stem}-${provinceCode}-${day}.csv`;
}

/** Offers `text` to the browser as a download named `fileName`. */
export function downloadCsv(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the blob after the click returns; revoke a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
