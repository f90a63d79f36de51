/**
 * CSV injection (OWASP): a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a
 * formula (`=HYPERLINK("http://evil","x")` becomes a live link), and some strip a leading tab or
 * carriage return first. Exports therefore write such a cell with a leading apostrophe, which
 * every spreadsheet shows as text; csv-stringify's `escape_formulas` does that, for the
 * full-width `＝＋－＠` that Apple Numbers folds too, and leaves numbers (`-5`) alone.
 *
 * So that an export imported again changes nothing, imports undo exactly that: one apostrophe
 * before a formula character is taken off. A value that itself starts with apostrophes and a
 * formula character (`'=x`) is written with one more apostrophe (`''=x`), so the rule is one
 * to one: written = `'` + value whenever value matches /^'*[trigger]/, and read back by taking
 * one apostrophe off whenever the cell matches /^'+[trigger]/. Anything else is left as it is.
 */
const TRIGGER = '[=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20]';
const QUOTED_FORMULA = new RegExp(`^'+${TRIGGER}`);

/** What csv-stringify's `escape_formulas` does not do itself: one more apostrophe on `'=x`. */
export function quoteApostrophedFormula(value: string): string {
  return QUOTED_FORMULA.test(value) ? `'${value}` : value;
}

/** The value an exported cell stood for: one neutralising apostrophe taken off. */
export function unquoteFormula(cell: string): string {
  return QUOTED_FORMULA.test(cell) ? cell.slice(1) : cell;
}
