import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printSchema } from 'graphql';
import { buildApiSchema } from '../graphql/build-schema.js';

/** The API contract at the repository root, generated from the resolvers; never edited by hand. */
export const SCHEMA_FILE = resolve(import.meta.dirname, '..', '..', '..', 'schema.graphql');

export async function printApiSchema(): Promise<string> {
  const header = '# Generated from the server code by `pnpm generate`; do not edit by hand.\n\n';
  return `${header}${printSchema(await buildApiSchema())}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(SCHEMA_FILE, await printApiSchema());
  console.log(`Wrote ${SCHEMA_FILE}`);
}
