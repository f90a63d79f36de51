/**
 * `pnpm check:generated` step: `schema.graphql` may not break its clients (.ci/checks/schema-changes.ts).
 * It is compared with the version it grew from: `SCHEMA_BASE` when set (a commit, branch or tag);
 * else, on a branch, where it left `main` (git merge-base); else the previous commit (HEAD~1, the
 * first parent of a merge). With no earlier version at hand (the first commit, a shallow clone
 * without history, no git) there is nothing to compare with, and it says so and passes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { breakingSchemaChanges } from './schema-changes.ts';

const SCHEMA = 'schema.graphql';

function git(...args: string[]): string | null {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function baseCommit(): { commit: string; how: string } | null {
  const named = process.env['SCHEMA_BASE'];
  if (named) {
    const commit = git('rev-parse', '--verify', `${named}^{commit}`);
    if (!commit) throw new Error(`SCHEMA_BASE=${named} is not a commit here.`);
    return { commit, how: `SCHEMA_BASE ${named}` };
  }
  const head = git('rev-parse', '--verify', 'HEAD^{commit}');
  if (!head) return null;
  const main = git('rev-parse', '--verify', 'main^{commit}');
  const forkPoint = main ? git('merge-base', 'HEAD', main) : null;
  if (forkPoint && forkPoint !== head) return { commit: forkPoint, how: 'where this branch left main' };
  const parent = git('rev-parse', '--verify', 'HEAD~1^{commit}');
  return parent ? { commit: parent, how: 'the previous commit' } : null;
}

const base = baseCommit();
const before = base ? git('show', `${base.commit}:${SCHEMA}`) : null;
if (!base || before === null) {
  console.log(`${SCHEMA}: no earlier version to compare with (first commit or shallow clone); nothing to check.`);
  process.exit(0);
}
const breaking = await breakingSchemaChanges(before, readFileSync(SCHEMA, 'utf8'));
const against = `${base.how} (${base.commit.slice(0, 10)})`;
if (breaking.length > 0) {
  console.error(`${SCHEMA} breaks its clients compared with ${against}:`);
  for (const change of breaking) console.error(`  - ${change.message}`);
  console.error('Deprecate first (@deprecated / deprecationReason), remove in a later change; see docs/boundaries.md.');
  process.exit(1);
}
console.log(`${SCHEMA}: no breaking change compared with ${against}.`);
