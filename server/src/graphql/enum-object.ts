/**
 * TypeGraphQL registers enums from objects; ours are lists shared with the client in
 * `@tripartite/shared`. This turns `['A', 'B']` into `{ A: 'A', B: 'B' }`, keeping the types.
 */
export function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}
