import { hostname, userInfo } from 'node:os';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open-database.js';
import { validateInput } from '../graphql/validate-input.js';
import { createAccountRules } from '../modules/access/access.inputs.js';
import { AccountsService } from '../modules/access/accounts.service.js';
import { DomainError } from '../errors.js';

const HELP = `Creates an ADMIN account in the database DATABASE_URL names (the embedded SQLite file by default).

Usage: pnpm --filter @tripartite/server create-admin --email EMAIL --name "FULL NAME"

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
  const input = validateInput(
    createAccountRules,
    { email: values.email, displayName: values.name, password: await readPassword(), role: 'ADMIN' },
    'admin',
  );
  const config = loadConfig();
  const orm = await openDatabase(config.database, { seedDemoData: false });
  try {
    // The audit trail names the command and who ran it where, as no account is signed in.
    const system = `create-admin command (${userInfo().username}@${hostname()})`;
    const account = await new AccountsService(orm.em.fork()).create(input, {
      system,
      requestId: `cli-${randomUUID()}`,
    });
    console.log(`Created admin ${account.email} (${account.id}). Sign in at the app, or with the signIn mutation.`);
    return 0;
  } finally {
    await orm.close();
  }
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
