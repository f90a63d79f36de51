/**
 * Folds Vietnamese text for search: lower case, tone and vowel marks removed, `đ` read as `d`,
 * runs of white space collapsed. Users type `ben thanh` on phones without a Vietnamese keyboard
 * and expect `Bến Thành`; both sides of a comparison go through this one function.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when every word of the query appears, folded, somewhere in the text, in any order:
 * `thanh ben` finds `Bến Thành`, `q1 ben` finds `Bến Nghé (Q1)`. An empty query matches everything.
 */
export function matchesVietnameseSearch(text: string, query: string): boolean {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const folded = foldVietnamese(text);
  return words.every((word) => folded.includes(word));
}

/** A collator's `compare`: all that sorting needs of one. */
export type Comparer = Pick<Intl.Collator, 'compare'>;

/**
 * A collator built on its first comparison, then kept. Constructing one costs far more than
 * comparing (ICU loads the locale's rules): built as the module loaded, the Vietnamese one took
 * about 35 ms of every landing page's warm visit on a throttled phone, pages that sort nothing
 * included (issue 15).
 */
export function collatorOnFirstUse(locale: string, options: Intl.CollatorOptions): Comparer {
  let collator: Intl.Collator | undefined;
  return { compare: (a, b) => (collator ??= new Intl.Collator(locale, options)).compare(a, b) };
}

/**
 * Vietnamese collation for the names of people and places, whatever language the app is shown
 * in: an English collator orders by base letters and puts `Đ` after `Z`, while Vietnamese order
 * has `Đ` after `D` and `Ă`, `Â` after `A`. Numbers inside names compare by value (Phường 2
 * before Phường 10). Built once, on first use (see `collatorOnFirstUse`).
 */
export const vietnameseNameCollator: Comparer = collatorOnFirstUse('vi', { numeric: true });

/** Compares two Vietnamese names for sorting (see `vietnameseNameCollator`). */
export function compareVietnameseNames(a: string, b: string): number {
  return vietnameseNameCollator.compare(a, b);
}
