import type { ChangeCounts, LineProblem } from '../../modules/imports/import-problems.js';
import type { CliContext } from '../cli-context.js';

/** How many changes a dry run or a load lists before saying "and N more". */
export const SAMPLE_SIZE = 20;

export const countsText = (counts: ChangeCounts) =>
  `${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`;

export function addCounts(...all: ChangeCounts[]): ChangeCounts {
  return all.reduce(
    (sum, counts) => ({
      created: sum.created + counts.created,
      updated: sum.updated + counts.updated,
      unchanged: sum.unchanged + counts.unchanged,
    }),
    { created: 0, updated: 0, unchanged: 0 },
  );
}

/** Every problem with its file and line, the way editors and spreadsheets point at rows. */
export function printProblems(context: CliContext, problems: LineProblem[]): void {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  for (const { file, line, message } of sorted) context.err(`${file}:${line}: ${message}\n`);
  context.err(`${problems.length} bad row(s); nothing was written.\n`);
}

export function printSample(context: CliContext, lines: string[], dryRun: boolean): void {
  if (lines.length === 0) return;
  context.out(dryRun ? 'Would change:' : 'Changed:');
  for (const line of lines.slice(0, SAMPLE_SIZE)) context.out(`  ${line}`);
  if (lines.length > SAMPLE_SIZE) context.out(`  … and ${lines.length - SAMPLE_SIZE} more`);
}

export function printTotal(context: CliContext, total: ChangeCounts, dryRun: boolean): void {
  context.out(dryRun ? `Dry run, nothing written: would be ${countsText(total)}.` : `Done: ${countsText(total)}.`);
}
