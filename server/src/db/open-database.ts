import { MikroORM } from '@mikro-orm/sql';
import type { DatabaseTarget } from './database-target.js';
import { Account } from '../modules/access/account.entity.js';
import { Agreement } from '../modules/agreements/agreement.entity.js';
import { Province } from '../modules/geography/province.entity.js';
import { whileMigrationLockHeld } from './migration-lock.js';
import { ormOptions, type OrmLogging } from './orm-options.js';
import { DemoSeeder } from './seeders/demo.seeder.js';

export type OpenDatabaseOptions = OrmLogging & {
  /** Seed the demo data when the database holds no province yet. */
  seedDemoData?: boolean;
  log?: (message: string) => void;
};

/** Connects, applies pending migrations, and seeds the demo data into an empty database: one instance at a time. */
export async function openDatabase(database: DatabaseTarget, options: OpenDatabaseOptions = {}): Promise<MikroORM> {
  const log = options.log ?? (() => {});
  const orm = await MikroORM.init(ormOptions(database, options));
  try {
    // Migrating and seeding, one instance at a time (migration-lock.ts).
    await whileMigrationLockHeld(database, async () => {
      const applied = await orm.migrator.up();
      if (applied.length > 0) log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
      if ((await orm.em.fork().count(Account)) === 0 && (await orm.em.fork().count(Province)) > 0) {
        // Everything needs an account: a database from before accounts existed cannot be used yet.
        log(
          'No account can sign in yet. Create the first admin with `pnpm --filter @tripartite/server create-admin --email … --name …`' +
            (database.dialect === 'sqlite' && options.seedDemoData
              ? `, or stop the server, delete ${database.file} and start again to load the demo data with its demo accounts.`
              : '.'),
        );
      }
      if (options.seedDemoData) {
        const em = orm.em.fork();
        if ((await em.count(Province)) === 0) {
          await orm.seeder.seed(DemoSeeder);
          log(
            'Seeded the demo data (34 provinces, Ho Chi Minh City with its 168 units, agreements, targets, the 2020 launch campaign) into the empty database.',
          );
        } else if ((await em.count(Agreement)) === 0) {
          // A database seeded by an earlier version holds units but no agreements; say how to refresh it.
          log(
            database.dialect === 'sqlite'
              ? `The database holds no agreements. To load the current demo data, stop the server, delete ${database.file} and start again.`
              : 'The database holds no agreements. To load the current demo data, start on an empty database.',
          );
        }
      }
    });
    return orm;
  } catch (error) {
    await orm.close();
    throw error;
  }
}
