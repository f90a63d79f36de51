/**
 * DataLoader batch functions must answer in the order of the keys they were given.
 */
/** Groups rows by a key, in the order of `keys`; keys without rows get `[]`. */
export function groupInKeyOrder<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
