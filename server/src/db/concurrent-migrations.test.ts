import { describe, expect, it } from 'vitest';
import { openDatabase } from './open-database.js';
import { createScratchPostgresDatabase } from './scratch-postgres-database.js';

const serverUrl = process.env['TEST_DATABASE_URL'];

/**
 * Several instances started at once on one fresh PostgreSQL database: each applies the pending
 * migrations and seeds the demo data when it finds none. Without a lock both ran the first
 * migration together, and one failed on a table the other had just created.
 */
describe.runIf(serverUrl)('two instances opening one fresh PostgreSQL database at once', () => {
  it('migrate it once and seed it once, and both open', async () => {
    const scratch = await createScratchPostgresDatabase(serverUrl!, 'tripartite_test');
    try {
      const target = { dialect: 'postgresql', url: scratch.url } as const;
      const logs: string[][] = [[], []];
      const opened = await Promise.allSettled(
        logs.map((log) => openDatabase(target, { seedDemoData: true, log: (message) => log.push(message) })),
      );
      const orms = opened.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
      try {
        expect(opened.map((result) => (result.status === 'rejected' ? String(result.reason) : 'opened'))).toEqual([
          'opened',
          'opened',
        ]);
        // One of them applied every migration and seeded; the other found nothing to do.
        const applied = logs.map((log) => log.filter((message) => message.startsWith('Applied')).length);
        expect(applied.sort()).toEqual([0, 1]);
        const seeded = logs.map((log) => log.filter((message) => message.startsWith('Seeded')).length);
        expect(seeded.sort()).toEqual([0, 1]);
        const executed = await orms[0]!.migrator.getExecuted();
        expect(new Set(executed.map((migration) => migration.name)).size).toBe(executed.length);
      } finally {
        for (const orm of orms) await orm.close();
      }
    } finally {
      await scratch.drop();
    }
  }, 180_000);
});
