import type { Command } from 'commander';
import { runImportCommand } from '../import-figures-run.js';

/** `tripartite import figures <file>`: participation figures from CSV or XLSX. */
export function registerImportFigures(importCommand: Command): void {
  importCommand
    .command('figures')
    .description(
      'Import participation figures from a CSV or XLSX file (template: /templates/participation-figures.csv).',
    )
    .argument('<file>', 'CSV or .xlsx file in the participation-figures template')
    .requiredOption('--as <email>', 'the account the figures are recorded as; its role and province apply')
    .option('--dry-run', 'check every row and report what would change, writing nothing')
    .action(async (file: string, options: { as: string; dryRun?: boolean }) => {
      await runImportCommand('figures', file, options);
    });
}
