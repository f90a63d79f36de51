import { readFile, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { EntityManager, MikroORM } from '@mikro-orm/sql';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open-database.js';
import { Account } from '../modules/access/account.entity.js';
import { normaliseEmail } from '../modules/access/authentication.service.js';
import type { Actor } from '../modules/audit/audit-trail.js';
import { parseTableFile } from '../modules/imports/files/parse-table.js';
import { AgreementImportService } from '../modules/imports/figures/agreement-import.service.js';
import { sha256Of, type ImportReport } from '../modules/imports/figures/import-report.js';
import { ParticipationImportService } from '../modules/imports/figures/participation-import.service.js';

/** Opens the database DATABASE_URL names (as the server does), runs `work`, and closes it. */
export async function withDatabase<T>(work: (orm: MikroORM) => Promise<T>): Promise<T> {
  const orm = await openDatabase(loadConfig().database, { seedDemoData: false });
  try {
    return await work(orm);
  } finally {
    await orm.close();
  }
}

/**
 * The account an import is recorded as. Whoever runs the command can reach the database, but
 * the changes are still made with the account's role and scope, and in its name: a director's
 * file can change only the director's province, as in the app.
 */
export async function actorFromEmail(em: EntityManager, email: string): Promise<Actor> {
  const account = await em.findOne(Account, { email: normaliseEmail(email) }, { populate: ['agency', 'postOffice'] });
  if (!account) throw new Error(`No account has the email ${email}; --as names the account the import is recorded as.`);
  if (!account.active) throw new Error(`The account ${account.email} is deactivated; it cannot import.`);
  return {
    viewer: {
      accountId: account.id,
      email: account.email,
      displayName: account.displayName,
      role: account.role,
      agencyId: account.agency?.id ?? null,
      postOfficeId: account.postOffice?.id ?? null,
      via: { kind: 'command-line' },
    },
    requestId: `cli-${randomUUID()}`,
  };
}

export type ImportCommandOptions = { as: string; dryRun?: boolean };

/** What the import commands print: a summary on stdout, problems on stderr; exit 1 with problems. */
export function printReport(report: ImportReport): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  for (const problem of report.problems) {
    process.stderr.write(`line ${problem.line}${problem.column ? `, ${problem.column}` : ''}: ${problem.message}\n`);
  }
  for (const flag of report.flags) out(`flagged line ${flag.line} (${flag.kind}): ${flag.message}`);
  const counts = `${report.rows} rows: ${report.created} new, ${report.changed} changed, ${report.unchanged} unchanged`;
  if (report.problems.length > 0) {
    out(`${report.fileName}: ${report.problems.length} problem(s); nothing was written.`);
    process.exitCode = 1;
  } else if (report.dryRun) out(`${report.fileName} (dry run, nothing written): ${counts}.`);
  else out(`${report.fileName}: ${counts}${report.written ? '; committed.' : '; nothing to write.'}`);
}

/** Reads the file, runs the import as the named account and prints the report. */
export async function runImportCommand(
  kind: 'figures' | 'agreements',
  filePath: string,
  options: ImportCommandOptions,
): Promise<ImportReport> {
  const content = await readFile(filePath);
  const file = {
    fileName: basename(filePath),
    sha256: sha256Of(content),
    table: await parseTableFile(filePath, content),
  };
  const report = await withDatabase(async (orm) => {
    const em = orm.em.fork();
    const actor = await actorFromEmail(em, options.as);
    const progress = (done: number, total: number) => process.stderr.write(`checked ${done} of ${total} rows\n`);
    const service = kind === 'figures' ? new ParticipationImportService(em) : new AgreementImportService(em);
    return service.import(actor, file, { dryRun: options.dryRun ?? false, progress });
  });
  printReport(report);
  return report;
}

/** Writes an export to `output`, or to stdout without one. */
export async function writeExport(csv: string, output: string | undefined): Promise<void> {
  if (output) {
    await writeFile(output, csv);
    process.stderr.write(`wrote ${output}\n`);
  } else process.stdout.write(csv);
}
