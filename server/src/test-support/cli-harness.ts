import type { MikroORM } from '@mikro-orm/sql';
import type { CliContext } from '../cli/cli-context.js';
import { runCli } from '../cli/program.js';

export type CliRun = { code: number; stdout: string; stderr: string };

/**
 * Runs `pnpm tripartite …` in-process on a test's own database: the same argument parsing,
 * commands and output as the terminal, with the output captured. Relative paths start at `cwd`;
 * `environment` stands for the process's (SMTP_URL and the like).
 */
export function cliOn(
  orm: MikroORM,
  cwd = process.cwd(),
  environment: NodeJS.ProcessEnv = process.env,
): (...argv: string[]) => Promise<CliRun> {
  return async (...argv) => {
    let stdout = '';
    let stderr = '';
    const context: CliContext = {
      out: (line) => (stdout += `${line}\n`),
      err: (text) => (stderr += text),
      errIsTerminal: false,
      cwd,
      environment,
      withDatabase: (work) => work(orm),
    };
    const code = await runCli(argv, context);
    return { code, stdout, stderr };
  };
}
