import type { Command } from 'commander';
import { runImportCommand } from '../import-figures-run.js';

/** `tripartite import agreements <file>`: agreement statuses from CSV or XLSX. */
export function registerImportAgreements(importCommand: Command): void {
  importCommand
    .command('agreements')
    .description(
      'Import agreement statuses, one ward per row, from a CSV or XLSX file (template: /templates/agreement-statuses.csv).',
    )
    .argument('<file>', 'CSV or .xlsx file in the agreement-statuses template')
    .requiredOption('--as <email>', 'the account the changes are recorded as; its role and scope apply')
    .option('--dry-run', 'check every row and report what would change, writing nothing')
    .action(async (file: string, options: { as: string; dryRun?: boolean }) => {
      await runImportCommand('agreements', file, options);
    });
}
