import { Command } from 'commander';
import { registerExportFigures } from './commands/export-figures.js';
import { registerImportAgreements } from './commands/import-agreements.js';
import { registerImportFigures } from './commands/import-figures.js';

/** Every `tripartite` command, registered one per line; `tripartite --help` lists them. */
export function buildProgram(): Command {
  const program = new Command('tripartite').description('Tripartite’s command line: imports and exports.');
  const importCommand = program.command('import').description('Import data from CSV or XLSX files.');
  registerImportFigures(importCommand);
  registerImportAgreements(importCommand);
  registerExportFigures(program);
  return program;
}
