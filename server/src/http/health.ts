import type { MikroORM } from '@mikro-orm/sql';
import type { Router } from 'express';
import express from 'express';

/** Whether this instance should get traffic; set to false when it starts shutting down. */
export type Readiness = { accepting: boolean };

/**
 * `/healthz`: the process answers (a liveness probe: restart it when this fails).
 * `/readyz`: the database answers and every migration this build knows has been applied, and
 * the instance is not shutting down (a readiness probe: send it traffic only while this is 200).
 * `/health` is the older name of the readiness check's database half, kept for existing probes.
 */
export function healthRoutes(orm: MikroORM, readiness: Readiness): Router {
  const router = express.Router();
  router.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/readyz', async (_request, response) => {
    const problems: string[] = [];
    if (!readiness.accepting) problems.push('shutting down');
    const database = await orm.checkConnection();
    if (!database.ok) problems.push('database unavailable');
    else {
      const pending = await orm.migrator.getPending().catch(() => null);
      if (pending === null) problems.push('migrations could not be read');
      else if (pending.length > 0) problems.push(`${pending.length} migration(s) not applied`);
    }
    response
      .status(problems.length === 0 ? 200 : 503)
      .json({ status: problems.length === 0 ? 'ok' : problems.join('; ') });
  });
  router.get('/health', async (_request, response) => {
    const database = await orm.checkConnection();
    response.status(database.ok ? 200 : 503).json({ status: database.ok ? 'ok' : 'database unavailable' });
  });
  return router;
}
