import { runCli } from './program.js';

// The entry point of `pnpm tripartite`; the commands live in program.ts.
process.exitCode = await runCli(process.argv.slice(2));
