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

/** True when every word of the query appears, folded, in the text. */
export function matchesVietnameseSearch(text: string, query: string): boolean {
  const foldedQuery = foldVietnamese(query);
  if (foldedQuery === '') return true;
  return foldVietnamese(text).includes(foldedQuery);
}
