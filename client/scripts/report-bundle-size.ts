/**
 * Prints the gzipped size of the JavaScript a first visit downloads before the app can start:
 * the entry named in index.html and every chunk it imports statically (what Vite modulepreloads),
 * followed through Vite's build manifest. Lazy routes and translation chunks are not counted.
 * Run after `pnpm build`: `pnpm bundle:size`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; css?: string[] };

const DIST = resolve(import.meta.dirname, '..', 'dist');
const MANIFEST = join(DIST, '.vite', 'manifest.json');
/** The budget for the first download. */
const BUDGET_KB = 200;

if (!existsSync(MANIFEST)) {
  console.error(`${MANIFEST} is missing: run \`pnpm build\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, ManifestChunk>;

const initial = new Set<string>();
const css = new Set<string>();
function visit(key: string): void {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const file of chunk.css ?? []) css.add(file);
  for (const imported of chunk.imports ?? []) visit(imported);
}
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

function gzipped(file: string): { raw: number; gzip: number } {
  const content = readFileSync(join(DIST, file));
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

let total = 0;
let totalRaw = 0;
for (const file of [...initial].sort()) {
  const size = gzipped(file);
  total += size.gzip;
  totalRaw += size.raw;
  console.log(`  ${file.padEnd(48)} ${kb(size.raw).padStart(8)} KB  ${kb(size.gzip).padStart(7)} KB gzipped`);
}
console.log(
  `Initial JavaScript: ${kb(total)} KB gzipped (${kb(totalRaw)} KB minified, ${initial.size} files; budget ${BUDGET_KB} KB)`,
);
for (const file of css) console.log(`Initial CSS: ${file} ${kb(gzipped(file).gzip)} KB gzipped`);
if (total > BUDGET_KB * 1024) process.exitCode = 1;
