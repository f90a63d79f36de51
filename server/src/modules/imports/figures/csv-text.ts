/** One CSV cell, quoted when it holds a separator, a quote or a line break (RFC 4180). */
function cell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV text that Excel opens with Vietnamese letters intact: UTF-8 with a byte-order mark, `,`
 * between cells and CRLF line ends.
 */
export function csvText(header: readonly string[], rows: readonly Record<string, string | number | null>[]): string {
  const lines = [header.map(cell).join(','), ...rows.map((row) => header.map((column) => cell(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
