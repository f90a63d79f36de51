import 'reflect-metadata';
import { DomainError } from '../errors.js';
import { buildProgram } from './program.js';

// `pnpm tripartite …` runs this in server/; file names are meant from where the user typed them.
if (process.env['INIT_CWD']) process.chdir(process.env['INIT_CWD']);

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof DomainError || error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
