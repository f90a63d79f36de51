/** Vitest global setup: says once per run which databases the integration tests cover. */
export default function announceDatabases(): void {
  if (process.env['TEST_DATABASE_URL']) {
    console.log('[tests] Database tests run on SQLite and on PostgreSQL (TEST_DATABASE_URL).');
  } else {
    console.log(
      '[tests] TEST_DATABASE_URL is not set: database tests run on SQLite only. ' +
        'Set it (e.g. postgres://postgres@127.0.0.1:5432/postgres) to run them on PostgreSQL too.',
    );
  }
}
