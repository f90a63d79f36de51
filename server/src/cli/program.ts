import { Command, CommanderError } from 'commander';
import { DomainError } from '../errors.js';
import { ImportRejectedError } from '../modules/imports/import-problems.js';
import { CliFailure, terminalContext, type CliContext } from './cli-context.js';
import { createAdminCommand } from './commands/create-admin.command.js';
import { exportCommand } from './commands/export.command.js';
import { importAgreementsCommand, importFiguresCommand } from './commands/import-figures.command.js';
import { importMappingsCommand } from './commands/import-mappings.command.js';
import { printProblems } from './commands/import-report.js';
import { importSeatsCommand } from './commands/import-seats.command.js';
import { importUnitsCommand } from './commands/import-units.command.js';
import { remindCommand } from './commands/remind.command.js';

/** `pnpm tripartite <command>`: every command of the CLI, each with its own `--help`. */
export function buildProgram(context: CliContext = terminalContext()): Command {
  const program = new Command('tripartite')
    .description(
      'Tripartite on the command line: load official data and figures, export them, manage accounts, send reminders.',
    )
    .configureOutput({ writeOut: (text) => context.out(text.trimEnd()), writeErr: context.err })
    .showHelpAfterError()
    .exitOverride();
  const importCommand = program
    .command('import')
    .description('Load data from CSV or XLSX files, checking every row first; all or nothing.');

  // One line per command, so branches that add commands merge without conflicts.
  importCommand.addCommand(importUnitsCommand(context));
  importCommand.addCommand(importMappingsCommand(context));
  importCommand.addCommand(importSeatsCommand(context));
  importCommand.addCommand(importFiguresCommand(context));
  importCommand.addCommand(importAgreementsCommand(context));
  program.addCommand(exportCommand(context));
  program.addCommand(createAdminCommand(context));
  program.addCommand(remindCommand(context));

  shareOutput(program, program);
  program.addHelpText('after', () => `\nEvery command (each has --help):\n${listCommands(program, 'pnpm tripartite')}`);
  return program;
}

/** The full command lines, so `--help` shows the nested ones (`import units`) too. */
function listCommands(command: Command, prefix: string): string {
  return command.commands
    .map((child) => {
      const line = `${prefix} ${child.name()}`;
      return child.commands.length > 0
        ? listCommands(child, line)
        : `  ${`${line} ${child.usage()}`.padEnd(58)} ${child.summary() || child.description().split('\n')[0]}\n`;
    })
    .join('');
}

/** Every subcommand, at any depth, writes where the program does and returns errors to runCli. */
function shareOutput(program: Command, command: Command): void {
  for (const child of command.commands) {
    child.configureOutput(program.configureOutput()).showHelpAfterError().exitOverride();
    shareOutput(program, child);
  }
}

/** Runs one command line (without `node` and the script) and returns the exit code. */
export async function runCli(argv: string[], context: CliContext = terminalContext()): Promise<number> {
  // pnpm may pass on the `--` that separates its own options from the script's.
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  try {
    await buildProgram(context).parseAsync(args, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof ImportRejectedError) {
      printProblems(context, error.problems);
      return 1;
    }
    if (error instanceof CliFailure) {
      context.err(`${error.message}\n`);
      return error.exitCode;
    }
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      context.err(`Cannot read ${(error as NodeJS.ErrnoException).path ?? 'the file'}: ${code}\n`);
      return 1;
    }
    const message = error instanceof DomainError || error instanceof Error ? error.message : String(error);
    context.err(`Failed: ${message}\n`);
    return 1;
  }
}
