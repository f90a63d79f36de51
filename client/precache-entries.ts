import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type ViteManifestChunk = {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
};
type PrecacheEntry = { url: string; revision: string | null; size: number };

/** The API explorer (GraphiQL, Monaco, Prettier): megabytes, for developers at a desk, not in the field. */
const LEFT_OUT = /src\/features\/developers\/graphql-explorer\.tsx$/;

/**
 * Workbox manifest transform: precaches the hashed files the app can reach from its entry (every
 * page, its translations and fonts) except the API explorer's, followed through Vite's build
 * manifest, so what the service worker downloads in the background stays what field work needs.
 * The explorer's files are cached at runtime once a developer opens it (vite.config.ts).
 */
export function fieldWorkOnly(outDir: string) {
  return (entries: PrecacheEntry[]) => {
    const manifest = JSON.parse(readFileSync(resolve(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<
      string,
      ViteManifestChunk
    >;
    const reachable = new Set<string>();
    const seen = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || seen.has(key) || LEFT_OUT.test(key)) return;
      seen.add(key);
      for (const file of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) reachable.add(file);
      for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
    };
    for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
    const manifestEntries = entries.filter((entry) => !entry.url.startsWith('assets/') || reachable.has(entry.url));
    return { manifest: manifestEntries, warnings: [] };
  };
}
