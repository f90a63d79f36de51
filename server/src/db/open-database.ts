import { MikroORM } from '@mikro-orm/sql';
import type { DatabaseTarget } from '../config.js';
import { Province } from '../modules/geography/province.entity.js';
import { ormOptions, type OrmLogging } from './orm-options.js';
import { DemoSeeder } from './seeders/demo.seeder.js';

export type OpenDatabaseOptions = OrmLogging & {
  /** Seed the demo data when the database holds no province yet. */
  seedDemoData?: boolean;
  log?: (message: string) => void;
};

/** Connects, applies pending migrations, and seeds the demo data into an empty database. */
export async function openDatabase(database: DatabaseTarget, options: OpenDatabaseOptions = {}): Promise<MikroORM> {
  const log = options.log ?? (() => {});
  const orm = await MikroORM.init(ormOptions(database, options));
  try {
    const applied = await orm.migrator.up();
    if (applied.length > 0) log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
    if (options.seedDemoData && (await orm.em.fork().count(Province)) === 0) {
      await orm.seeder.seed(DemoSeeder);
      log('Seeded the demo data (Ho Chi Minh City and Hà Nội) into the empty database.');
    }
    return orm;
  } catch (error) {
    await orm.close();
    throw error;
  }
}
