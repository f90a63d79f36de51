import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/sql';
import { DomainError, ForbiddenError } from '../../../errors.js';
import { appendAuditRecord, type Actor } from '../../audit/audit-trail.js';
import type { Province } from '../../geography/province.entity.js';
import type { Table } from '../files/read-table.js';
import { byLine, MAX_IMPORT_ROWS, type ImportReport, type RowProblem } from './import-report.js';
import { missingColumns } from './table-rules.js';

/** The file an import reads, as named by whoever sends it. */
export type ImportFile = { fileName: string; sha256: string; table: Table };

export type ImportOptions = {
  dryRun: boolean;
  /** Called every so often while rows are checked (the CLI prints it on stderr). */
  progress?: (done: number, total: number) => void;
};

/** An empty report, to fill in; nothing is written until `written` says so. */
export function newReport(kind: ImportReport['kind'], file: ImportFile, dryRun: boolean): ImportReport {
  return {
    kind,
    fileName: file.fileName,
    sha256: file.sha256,
    dryRun,
    written: false,
    rows: file.table.rows.length,
    created: 0,
    changed: 0,
    unchanged: 0,
    problems: [],
    flags: [],
  };
}

/** Problems with the file as a whole: a missing column, too many rows. */
export function fileProblems(file: ImportFile, required: readonly string[]): RowProblem[] {
  const problems = missingColumns(file.table.header, required);
  if (file.table.rows.length > MAX_IMPORT_ROWS) {
    problems.push({
      line: 1,
      column: null,
      message: `The file has ${file.table.rows.length} rows; one import takes at most ${MAX_IMPORT_ROWS}. Split it.`,
    });
  }
  return problems;
}

export function progressEvery(options: ImportOptions, total: number): (done: number) => void {
  return (done) => {
    // Short files need no progress; long ones say where they are every 500 rows.
    if (options.progress && total >= 1000 && done > 0 && done % 500 === 0) options.progress(done, total);
  };
}

/**
 * Runs `apply` in one transaction with the import's own audit record, so the rows' changes,
 * their audit records and the import's record commit together or not at all. A domain error
 * while applying (someone changed a row since it was checked) becomes a problem on `line()`.
 */
export async function applyInOneTransaction(
  em: EntityManager,
  actor: Actor,
  report: ImportReport,
  province: Province | null,
  apply: (tx: EntityManager) => Promise<void>,
  line: () => number,
): Promise<ImportReport> {
  try {
    await em.fork().transactional(async (tx) => {
      await apply(tx);
      appendAuditRecord(tx, actor, {
        action: report.kind === 'PARTICIPATION_FIGURES' ? 'import.participationFigures' : 'import.agreementStatuses',
        entityType: 'Import',
        entityId: randomUUID(),
        province,
        before: null,
        after: {
          fileName: report.fileName,
          sha256: report.sha256,
          rows: report.rows,
          created: report.created,
          changed: report.changed,
          unchanged: report.unchanged,
          flags: report.flags.length,
        },
      });
    });
    return { ...report, written: true };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return {
      ...report,
      created: 0,
      changed: 0,
      problems: [{ line: line(), column: null, message: `Nothing was written: ${error.message}` }],
    };
  }
}

/** Viewers import nothing; the role check of the GraphQL field, for the CLI too. */
export function assertMayImport(actor: Actor, roles: readonly string[], what: string): void {
  if (!roles.includes(actor.viewer.role)) {
    throw new ForbiddenError(
      `Importing ${what} needs the role ${roles.join(' or ')}; this account is ${actor.viewer.role}.`,
    );
  }
}

/** The one province all rows belong to, so its director sees the import in the audit trail. */
export function onlyProvince(provinces: Province[]): Province | null {
  const ids = new Set(provinces.map((province) => province.id));
  return ids.size === 1 ? provinces[0]! : null;
}

export function finish(report: ImportReport): ImportReport {
  return { ...report, problems: byLine(report.problems), flags: byLine(report.flags) };
}
