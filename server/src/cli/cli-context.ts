import { randomUUID } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { MikroORM } from '@mikro-orm/sql';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open-database.js';
import type { SystemActor } from '../modules/audit/audit-trail.js';

/**
 * What a command may touch of the outside world. The real one writes to the terminal and opens
 * DATABASE_URL; tests hand in their own, to run commands in-process on their own databases.
 */
export type CliContext = {
  /** A line for standard output: results. */
  out: (line: string) => void;
  /** Text for standard error: progress and problems (no newline added). */
  err: (text: string) => void;
  /** Progress redraws one line on a terminal and prints a few milestones otherwise. */
  errIsTerminal: boolean;
  /** Where relative file paths start: the folder the user ran pnpm in. */
  cwd: string;
  /** The environment variables a command reads through loadConfig (SMTP_URL for `remind`). */
  environment: NodeJS.ProcessEnv;
  /** Opens the database (applying pending migrations) for the duration of `work`. */
  withDatabase: <T>(work: (orm: MikroORM) => Promise<T>) => Promise<T>;
};

/** A command that failed for a reason the user can act on; `exitCode` 2 for misuse. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function resolveUserPath(context: CliContext, path: string): string {
  return resolve(context.cwd, path);
}

/** The audit trail names the command and who ran it where, as no account is signed in. */
export function systemActor(command: string): SystemActor {
  return { system: `${command} command (${userInfo().username}@${hostname()})`, requestId: `cli-${randomUUID()}` };
}

export function terminalContext(): CliContext {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (text) => process.stderr.write(text),
    errIsTerminal: process.stderr.isTTY === true,
    // pnpm runs root scripts in the repository root and names the user's folder in INIT_CWD.
    cwd: process.env['INIT_CWD'] ?? process.cwd(),
    environment: process.env,
    withDatabase: async (work) => {
      // Pending migrations are applied first; the demo data is never seeded from here.
      const orm = await openDatabase(loadConfig().database, { seedDemoData: false });
      try {
        return await work(orm);
      } finally {
        await orm.close();
      }
    },
  };
}
