import { parseArgs } from 'node:util';
import { DomainError } from '../errors.js';
import { terminalContext } from './cli-context.js';
import { createAdmin, CREATE_ADMIN_HELP } from './commands/create-admin.command.js';

const HELP = `${CREATE_ADMIN_HELP}

Usage: pnpm tripartite create-admin --email EMAIL --name "FULL NAME"
   or: pnpm --filter @tripartite/server create-admin --email EMAIL --name "FULL NAME" (after a build)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.email || !values.name) {
    console.error(`Both --email and --name are needed.\n\n${HELP}`);
    return 2;
  }
  await createAdmin(terminalContext(), { email: values.email, name: values.name });
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `Could not create the admin: ${error instanceof DomainError || error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
