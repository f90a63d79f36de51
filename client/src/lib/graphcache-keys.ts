import type { KeyingConfig } from '@urql/exchange-graphcache';
import type { IntrospectionObjectType, IntrospectionQuery } from 'graphql';

/** Root types are never keyed: Graphcache stores their fields on the root itself. */
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Keys for every object type without an `id`: connections, edges, page info, progress and count
 * types, signatories, status changes. They are values embedded in their parent (`() => null`), not
 * entities, which tells Graphcache so instead of warning. Derived from the introspection, so a
 * type a new server feature adds is covered without touching this file.
 */
export function embeddedValueKeys(schema: IntrospectionQuery): KeyingConfig {
  const keys: KeyingConfig = {};
  for (const type of schema.__schema.types) {
    if (type.kind !== 'OBJECT' || ROOT_TYPES.has(type.name) || type.name.startsWith('__')) continue;
    const fields = (type as IntrospectionObjectType).fields;
    if (!fields.some((field) => field.name === 'id')) keys[type.name] = () => null;
  }
  return keys;
}
