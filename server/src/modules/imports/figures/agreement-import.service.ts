import type { EntityManager } from '@mikro-orm/sql';
import { readOnlyFork } from './read-only-fork.js';
import { AccessScope } from '../../access/access-scope.js';
import { AgreementWritesService } from '../../agreements/agreement-writes.service.js';
import type { Actor } from '../../audit/audit-trail.js';
import { REQUIRED_AGREEMENT_COLUMNS } from './agreement-columns.js';
import { planAgreements } from './agreement-rows.js';
import type { ImportReport } from './import-report.js';
import {
  applyInOneTransaction,
  assertMayImport,
  fileProblems,
  finish,
  newReport,
  onlyProvince,
  progressEvery,
  type ImportFile,
  type ImportOptions,
} from './import-run.js';

/**
 * Imports agreement statuses from a spreadsheet, one row per ward. Each row goes through the
 * agreement write service exactly as `createAgreement` and `changeAgreementStatus` do: the state
 * machine, the version the row was checked against, one agreement under way per ward, scope and
 * audit. Every row is checked first; only a file without problems is applied, in one transaction.
 */
export class AgreementImportService {
  constructor(private readonly em: EntityManager) {}

  async import(actor: Actor, file: ImportFile, options: ImportOptions): Promise<ImportReport> {
    assertMayImport(actor, ['ADMIN', 'DIRECTOR', 'COORDINATOR'], 'agreement statuses');
    const report = newReport('AGREEMENT_STATUSES', file, options.dryRun);
    report.problems = fileProblems(file, REQUIRED_AGREEMENT_COLUMNS);
    if (report.problems.length > 0) return finish(report);

    const rows = file.table.rows;
    // Rows are checked on a fork that never flushes, so checking (and a dry run) writes nothing.
    const reading = readOnlyFork(this.em);
    const scope = new AccessScope(reading, actor.viewer);
    const plans = await planAgreements(reading, scope, rows, report.problems, progressEvery(options, rows.length));
    report.created = plans.filter((plan) => plan.kind === 'create').length;
    report.changed = plans.filter((plan) => plan.kind === 'change').length;
    report.unchanged = plans.filter((plan) => plan.kind === 'unchanged').length;
    if (report.problems.length > 0) return finish({ ...report, created: 0, changed: 0, unchanged: 0 });
    if (options.dryRun || report.created + report.changed === 0) return finish(report);

    let line = 0;
    return finish(
      await applyInOneTransaction(
        this.em,
        actor,
        report,
        onlyProvince(plans.map((plan) => plan.province)),
        async (tx) => {
          const writes = new AgreementWritesService(tx);
          for (const plan of plans) {
            line = plan.line;
            if (plan.kind === 'create') await writes.create(actor, plan.input);
            if (plan.kind === 'change') await writes.changeStatus(actor, plan.input);
            // Each write commits its savepoint and hands its entities back to `tx`; forget them, so
            // the next write's unit of work starts from the database, not from stale copies.
            tx.clear();
          }
        },
        () => line,
      ),
    );
  }
}
