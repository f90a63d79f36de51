import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/sql';
import type { SystemActor } from '../../../modules/audit/audit-trail.js';
import { importSeats } from '../../../modules/imports/seats/seats-import.service.js';
import { importUnitMappings } from '../../../modules/imports/units/mappings-import.service.js';
import { importUnitLists } from '../../../modules/imports/units/units-import.service.js';

/**
 * The extract lives beside the sources (see reference/README.md). This file runs from
 * `src/db/seeders/demo` (tsx, tests) and from `dist/db/seeders/demo` (the built server): both are
 * four folders below the server package, so the path is taken from there, not copied at build.
 */
const REFERENCE = join(import.meta.dirname, '..', '..', '..', '..', 'src', 'db', 'seeders', 'demo', 'reference');

const DEMO_SEEDER: SystemActor = { system: 'demo data seeder', requestId: 'demo-seed-reference-history' };

/**
 * Ho Chi Minh City's 441 units of before 1 July 2025, their real mapping to today's 168, and
 * today's seats, areas and populations, loaded through the same imports an operator runs, so
 * the as-of views, the re-signing worklist and the map run on the real reorganisation.
 * Runs after the provinces and today's wards are written: the imports match codes against them.
 */
export async function seedReferenceHistory(em: EntityManager): Promise<void> {
  await importUnitLists(em, [join(REFERENCE, 'wards-2024-ho-chi-minh-city.csv')], { dryRun: false }, DEMO_SEEDER);
  await importUnitMappings(
    em,
    join(REFERENCE, 'wards-mapping-2025-ho-chi-minh-city.csv'),
    { dryRun: false },
    DEMO_SEEDER,
  );
  await importSeats(em, join(REFERENCE, 'communes-2025-seats-ho-chi-minh-city.csv'), { dryRun: false }, DEMO_SEEDER);
}
