import { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { encodingOption } from './encoding-option.js';
import { runImportCommand, type ImportCommandOptions } from '../import-figures-run.js';

/** `tripartite import figures <file>`: participation figures from CSV or XLSX. */
export function importFiguresCommand(context: CliContext): Command {
  return new Command('figures')
    .summary('Import participation figures from CSV or XLSX')
    .description(
      'Import participation figures from a CSV or XLSX file (template: /templates/participation-figures.csv).',
    )
    .argument('<file>', 'CSV or .xlsx file in the participation-figures template')
    .requiredOption('--as <email>', 'the account the figures are recorded as; its role and province apply')
    .option('--dry-run', 'check every row and report what would change, writing nothing')
    .addOption(encodingOption())
    .action((file: string, options: ImportCommandOptions) => runImportCommand(context, 'figures', file, options));
}

/** `tripartite import agreements <file>`: agreement statuses from CSV or XLSX. */
export function importAgreementsCommand(context: CliContext): Command {
  return new Command('agreements')
    .summary('Import agreement statuses from CSV or XLSX')
    .description(
      'Import agreement statuses, one ward per row, from a CSV or XLSX file (template: /templates/agreement-statuses.csv).',
    )
    .argument('<file>', 'CSV or .xlsx file in the agreement-statuses template')
    .requiredOption('--as <email>', 'the account the changes are recorded as; its role and scope apply')
    .option('--dry-run', 'check every row and report what would change, writing nothing')
    .addOption(encodingOption())
    .action((file: string, options: ImportCommandOptions) => runImportCommand(context, 'agreements', file, options));
}
