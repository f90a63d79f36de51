import type { EntityManager } from '@mikro-orm/sql';
import { readOnlyFork } from './read-only-fork.js';
import { AccessScope } from '../../access/access-scope.js';
import type { Actor } from '../../audit/audit-trail.js';
import { Province } from '../../geography/province.entity.js';
import { ParticipationFigure } from '../../participation/participation-figure.entity.js';
import { ParticipationWritesService } from '../../participation/participation-writes.service.js';
import { flagFigures } from './figure-flags.js';
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
import { REQUIRED_PARTICIPATION_COLUMNS } from './participation-columns.js';
import { ParticipationFigureFlag } from './participation-figure-flag.entity.js';
import { planFigures, type PlannedFigure } from './participation-rows.js';

/**
 * Imports participation figures from a spreadsheet: every row is checked first, and only a file
 * without problems is recorded, in one transaction, through the same write service (and audit)
 * as `recordParticipationFigure`. A row equal to the figure that already counts is left alone,
 * so importing a file twice records it once. Suspicious figures are recorded and flagged.
 */
export class ParticipationImportService {
  constructor(private readonly em: EntityManager) {}

  async import(actor: Actor, file: ImportFile, options: ImportOptions): Promise<ImportReport> {
    assertMayImport(actor, ['ADMIN', 'DIRECTOR'], 'participation figures');
    const report = newReport('PARTICIPATION_FIGURES', file, options.dryRun);
    report.problems = fileProblems(file, REQUIRED_PARTICIPATION_COLUMNS);
    if (report.problems.length > 0) return finish(report);

    const rows = file.table.rows;
    // Rows are checked on a fork that never flushes, so checking (and a dry run) writes nothing.
    const reading = readOnlyFork(this.em);
    const scope = new AccessScope(reading, actor.viewer);
    const { plans, recorded } = await planFigures(
      reading,
      scope,
      rows,
      report.problems,
      progressEvery(options, rows.length),
    );
    const toRecord = plans.filter((plan) => !plan.unchanged);
    // Every row is context for the checks, but only figures this import records are flagged:
    // a row already recorded was flagged (or not) when it was first imported.
    const recording = new Set(toRecord.map((plan) => plan.line));
    report.flags = flagFigures(recorded, plans).filter((flag) => recording.has(flag.line));
    report.created = toRecord.length;
    report.unchanged = plans.length - toRecord.length;
    if (report.problems.length > 0) return finish({ ...report, created: 0, unchanged: 0 });
    if (options.dryRun || toRecord.length === 0) return finish(report);

    let line = 0;
    return finish(
      await applyInOneTransaction(
        this.em,
        actor,
        report,
        onlyProvince(plans.map((plan) => plan.province)),
        async (tx) => {
          for (const plan of toRecord) {
            line = plan.line;
            await this.record(tx, actor, plan, report);
            // The flags are flushed (still inside the transaction) and the row's entities let go.
            await tx.flush();
            tx.clear();
          }
        },
        () => line,
      ),
    );
  }

  private async record(tx: EntityManager, actor: Actor, plan: PlannedFigure, report: ImportReport): Promise<void> {
    const { row } = plan;
    const figure = await new ParticipationWritesService(tx).record(actor, {
      ...(row.ward_code ? { wardCode: row.ward_code } : { provinceCode: row.province_code! }),
      scheme: row.scheme,
      measure: row.measure,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      participants: row.participants,
      source: {
        title: row.source_title,
        publisher: row.source_publisher,
        publishedOn: row.source_published_on ?? null,
        url: row.source_url ?? null,
      },
      note: row.note ?? null,
    });
    for (const flag of report.flags.filter((candidate) => candidate.line === plan.line)) {
      // References by id: the figure and province were loaded by other units of work.
      tx.create(ParticipationFigureFlag, {
        figure: tx.getReference(ParticipationFigure, figure.id),
        province: tx.getReference(Province, plan.province.id),
        kind: flag.kind,
        message: flag.message,
        importedFrom: `${report.fileName.slice(0, 280)}, line ${plan.line}`,
      });
    }
  }
}
