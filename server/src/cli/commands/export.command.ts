import { Command, InvalidArgumentError } from 'commander';
import { FigureExportsService } from '../../modules/imports/figures/figure-exports.service.js';
import type { CliContext } from '../cli-context.js';
import { writeExport } from '../import-figures-run.js';

function year(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('a year such as 2025');
  return Number(value);
}

/** `tripartite export figures|agreements --province 79`: the import templates' shapes, filled. */
export function exportCommand(context: CliContext): Command {
  const exports = new Command('export').description(
    'Write figures or agreements to CSV, in the import templates’ columns.',
  );
  exports
    .command('figures')
    .summary('Export a province’s participation figures as CSV')
    .description('Export a province’s participation figures (with its wards and merged units) as CSV.')
    .requiredOption('--province <code>', 'two-digit code of a province of today, such as 79')
    .option('--year <year>', 'only periods ending in this year', year)
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action(async (options: { province: string; year?: number; output?: string }) => {
      const csv = await context.withDatabase((orm) =>
        new FigureExportsService(orm.em.fork()).participationFigures(options.province, options.year),
      );
      await writeExport(context, csv, options.output);
    });
  exports
    .command('agreements')
    .summary('Export a province’s agreements as CSV')
    .description('Export a province’s agreements, one row per ward, as CSV.')
    .requiredOption('--province <code>', 'two-digit code of a province of today, such as 79')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action(async (options: { province: string; output?: string }) => {
      const csv = await context.withDatabase((orm) =>
        new FigureExportsService(orm.em.fork()).agreementStatuses(options.province),
      );
      await writeExport(context, csv, options.output);
    });
  return exports;
}
