/**
 * `pnpm lint` step: no import cycles in shared/, server/ or client/ (docs/boundaries.md). Reads
 * the imports with dpdm, leaving out type-only ones (erased at build, they order nothing at run
 * time) and tests (nothing imports them). The one kind of cycle allowed is between entities of one
 * module that name each other in a relation (Province ↔ Ward): MikroORM's way, resolved lazily
 * through `() => Entity`. Exits 1 and lists the cycles otherwise.
 */
import { parseCircular, parseDependencyTree } from 'dpdm';

const tree = await parseDependencyTree(['shared/src/**/*.ts', 'server/src/**/*.ts', 'client/src/**/*.{ts,tsx}'], {
  context: process.cwd(),
  transform: true,
  exclude: /node_modules|\.test\.tsx?$|test-support|generated/,
});

/** Entities of one module folder referring to each other through their relations. */
function isEntityRelation(cycle: string[]): boolean {
  const folders = new Set(cycle.map((file) => file.replace(/\/[^/]+$/, '')));
  return folders.size === 1 && cycle.every((file) => file.endsWith('.entity.ts'));
}

const cycles = parseCircular(tree).filter((cycle) => !isEntityRelation(cycle));
if (cycles.length > 0) {
  console.error(`${cycles.length} import cycle(s); break them as docs/boundaries.md says:`);
  for (const cycle of cycles) console.error(`  ${[...cycle, cycle[0]].join(' → ')}`);
  process.exit(1);
}
console.log(`No import cycles among ${Object.keys(tree).length} files (entity relations within a module aside).`);
