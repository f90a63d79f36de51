import { Writable } from 'node:stream';
import { createInterface } from 'node:readline/promises';
import { Command } from 'commander';
import { validateInput } from '../../graphql/validate-input.js';
import { createAccountRules } from '@tripartite/shared/write-rules';
import { AccountsService } from '../../modules/accounts/accounts.service.js';
import { systemActor, type CliContext } from '../cli-context.js';

export const CREATE_ADMIN_HELP = `Creates an ADMIN account in the database DATABASE_URL names (the embedded SQLite file by default).

The password is read from TRIPARTITE_ADMIN_PASSWORD, or asked for on the terminal (at least 12
characters). Never pass it on the command line: it would stay in the shell history.`;

async function readPassword(): Promise<string> {
  const fromEnvironment = process.env['TRIPARTITE_ADMIN_PASSWORD'];
  if (fromEnvironment) return fromEnvironment;
  if (!process.stdin.isTTY) {
    throw new Error('No password: set TRIPARTITE_ADMIN_PASSWORD, or run this in a terminal to be asked.');
  }
  const first = await askHidden('Password for the new admin: ');
  const again = await askHidden('The same password again: ');
  if (first !== again) throw new Error('The two passwords differ; nothing was created.');
  return first;
}

/** Asks on the terminal without echoing what is typed: readline writes through a muted stream. */
async function askHidden(prompt: string): Promise<string> {
  process.stdout.write(prompt);
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const terminal = createInterface({ input: process.stdin, output: muted, terminal: true });
  try {
    return await terminal.question('');
  } finally {
    terminal.close();
    process.stdout.write('\n');
  }
}

/** Creates the admin; shared by `pnpm tripartite create-admin` and the older `create-admin` script. */
export async function createAdmin(context: CliContext, options: { email: string; name: string }): Promise<void> {
  const input = validateInput(
    createAccountRules,
    { email: options.email, displayName: options.name, password: await readPassword(), role: 'ADMIN' },
    'admin',
  );
  const account = await context.withDatabase((orm) =>
    new AccountsService(orm.em.fork()).create(input, systemActor('create-admin')),
  );
  context.out(`Created admin ${account.email} (${account.id}). Sign in at the app, or with the signIn mutation.`);
}

export function createAdminCommand(context: CliContext): Command {
  return new Command('create-admin')
    .summary('Create an admin account')
    .description(CREATE_ADMIN_HELP)
    .requiredOption('--email <email>', 'the admin’s email address, used to sign in')
    .requiredOption('--name <name>', 'the admin’s full name, as the app shows it')
    .action((options: { email: string; name: string }) => createAdmin(context, options));
}
