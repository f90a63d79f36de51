import { readFile, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { EntityManager } from '@mikro-orm/sql';
import { Account } from '../modules/access/account.entity.js';
import { normaliseEmail, viewerOf } from '../modules/accounts/authentication.service.js';
import type { Actor } from '../modules/audit/audit-trail.js';
import { readTableFile } from '../modules/imports/files/read-table.js';
import { AgreementImportService } from '../modules/imports/figures/agreement-import.service.js';
import { sha256Of, type ImportReport } from '../modules/imports/figures/import-report.js';
import { ParticipationImportService } from '../modules/imports/figures/participation-import.service.js';
import { CliFailure, resolveUserPath, type CliContext } from './cli-context.js';
import { progressReporter } from './progress-reporter.js';

/**
 * The account an import is recorded as. Whoever runs the command can reach the database, but
 * the changes are still made with the account's role and scope, and in its name: a director's
 * file can change only the director's province, as in the app.
 */
export async function actorFromEmail(em: EntityManager, email: string): Promise<Actor> {
  const account = await em.findOne(Account, { email: normaliseEmail(email) }, { populate: ['agency', 'postOffice'] });
  if (!account)
    throw new CliFailure(`No account has the email ${email}; --as names the account the import is recorded as.`);
  if (!account.active) throw new CliFailure(`The account ${account.email} is deactivated; it cannot import.`);
  return {
    viewer: viewerOf(account, { kind: 'command-line' }),
    requestId: `cli-${randomUUID()}`,
  };
}

export type ImportCommandOptions = { as: string; dryRun?: boolean; encoding?: string };

/** A summary on stdout, every problem on stderr; a file with problems fails the command (exit 1). */
function printReport(context: CliContext, report: ImportReport): void {
  for (const problem of report.problems) {
    context.err(`line ${problem.line}${problem.column ? `, ${problem.column}` : ''}: ${problem.message}\n`);
  }
  for (const flag of report.flags) context.out(`flagged line ${flag.line} (${flag.kind}): ${flag.message}`);
  if (report.problems.length > 0) {
    throw new CliFailure(`${report.fileName}: ${report.problems.length} problem(s); nothing was written.`);
  }
  const counts = `${report.rows} rows: ${report.created} new, ${report.changed} changed, ${report.unchanged} unchanged`;
  if (report.dryRun) context.out(`${report.fileName} (dry run, nothing written): ${counts}.`);
  else context.out(`${report.fileName}: ${counts}${report.written ? '; committed.' : '; nothing to write.'}`);
}

/** Reads the file, runs the import as the named account and prints the report. */
export async function runImportCommand(
  context: CliContext,
  kind: 'figures' | 'agreements',
  filePath: string,
  options: ImportCommandOptions,
): Promise<void> {
  const path = resolveUserPath(context, filePath);
  const content = await readFile(path);
  const file = {
    fileName: basename(path),
    sha256: sha256Of(content),
    table: await readTableFile(basename(path), content, {
      ...(options.encoding ? { encoding: options.encoding } : {}),
    }),
  };
  const report = await context.withDatabase(async (orm) => {
    const em = orm.em.fork();
    const actor = await actorFromEmail(em, options.as);
    const reportProgress = progressReporter(context);
    const progress = (done: number, total: number) => reportProgress('checking rows', done, total);
    const service = kind === 'figures' ? new ParticipationImportService(em) : new AgreementImportService(em);
    return service.import(actor, file, { dryRun: options.dryRun ?? false, progress });
  });
  printReport(context, report);
}

/** Writes an export to `output` (from the user's folder), or to stdout without one. */
export async function writeExport(context: CliContext, csv: string, output: string | undefined): Promise<void> {
  if (output) {
    await writeFile(resolveUserPath(context, output), csv);
    context.err(`wrote ${output}\n`);
  } else context.out(csv.replace(/\r?\n$/, ''));
}
