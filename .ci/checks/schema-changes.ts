import { type Change, CriticalityLevel, diff, DiffRule } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

/**
 * The changes between two versions of `schema.graphql` that would break a client: a removed or
 * retyped field, argument, enum value or input field, a new required argument … A removal is
 * allowed once the thing was deprecated in the earlier version (graphql-inspector's
 * suppressRemovalOfDeprecatedField rule makes it "dangerous", not breaking): deprecate first,
 * remove in a later change.
 */
export async function breakingSchemaChanges(before: string, after: string): Promise<Change[]> {
  const changes = await diff(buildSchema(before), buildSchema(after), [DiffRule.suppressRemovalOfDeprecatedField]);
  return changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
}
