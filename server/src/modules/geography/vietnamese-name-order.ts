/*
 * Vietnamese alphabetical order, with each name's place worked out once. Sorting a province's 168
 * wards with `Intl.Collator('vi').compare` makes about 1,300 comparisons per request, each
 * folding both names again: 0.15–0.25 ms of CPU per dashboard or headline request (bench/RESULTS.md,
 * issue 19). Ward names do not change between requests, so every name seen is kept in one sorted
 * list and given a rank; a sort is then a comparison of numbers. The ranks give exactly the
 * collator's order (names the collator holds equal share a rank, and the sort is stable), and the
 * collator is still what places a name seen for the first time.
 */

const vietnameseCollator = new Intl.Collator('vi');

/**
 * At most this many names are kept (about 100 bytes each); past it the list starts over. The
 * country has about 3,300 wards in force and some 10,000 that ended in mergers.
 */
export const MAX_RANKED_NAMES = 50_000;

/** Every name seen, in Vietnamese order. */
let ranked: string[] = [];
/** Each name's place in `ranked`; names the collator holds equal have the same rank. */
let rankOf = new Map<string, number>();

/** Vietnamese alphabetical order (`Bàn Cờ` before `Bến Thành` before `Cần Giờ`), one pair at a time. */
export function byVietnameseName(a: { name: string }, b: { name: string }): number {
  return vietnameseCollator.compare(a.name, b.name);
}

/** Sorts `items` in place into Vietnamese alphabetical order of their names, as `byVietnameseName` would. */
export function sortByVietnameseName<T extends { name: string }>(items: T[]): T[] {
  if (items.length < 2) return items;
  const unseen = new Set<string>();
  for (const item of items) if (!rankOf.has(item.name)) unseen.add(item.name);
  if (unseen.size > 0) rank(unseen);
  const ranks = rankOf;
  return items.sort((a, b) => ranks.get(a.name)! - ranks.get(b.name)!);
}

/**
 * Merges new names into the sorted list and ranks the whole list again. The collator is asked only
 * about the new names: two known names next to each other keep what their ranks said.
 */
function rank(unseen: Set<string>): void {
  const added = [...unseen].sort(vietnameseCollator.compare);
  const startOver = ranked.length + added.length > MAX_RANKED_NAMES;
  const known = startOver ? [] : ranked;
  const knownRanks = startOver ? new Map<string, number>() : rankOf;
  const merged: string[] = [];
  let k = 0;
  for (const name of added) {
    while (k < known.length && vietnameseCollator.compare(known[k]!, name) <= 0) merged.push(known[k++]!);
    merged.push(name);
  }
  while (k < known.length) merged.push(known[k++]!);
  const ranks = new Map<string, number>();
  let rankNow = 0;
  for (let i = 0; i < merged.length; i++) {
    const name = merged[i]!;
    if (i > 0) {
      const before = merged[i - 1]!;
      const wasRank = knownRanks.get(name);
      const beforeWasRank = knownRanks.get(before);
      const equal =
        wasRank !== undefined && beforeWasRank !== undefined
          ? wasRank === beforeWasRank
          : vietnameseCollator.compare(before, name) === 0;
      if (!equal) rankNow = i;
    }
    ranks.set(name, rankNow);
  }
  ranked = merged;
  rankOf = ranks;
}
