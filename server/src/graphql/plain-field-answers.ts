import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';

/*
 * The hot reads return plain rows (ward-standing-rows.ts, agreement-page-rows.ts); their computed
 * fields are already worked out in the row. Through TypeGraphQL each such field cost, per ward,
 * a `new Ward()`/`new Agreement()` built from the row (its `@Root()` conversion: a random UUID,
 * two collections, MikroORM's property setters) and a promise (an `@Arg` is validated
 * asynchronously even with validation off), which made graphql-js complete every ward
 * asynchronously. Answered from the row instead, synchronously and without the conversion (built
 * server, PostgreSQL, builds alternating, load 15-20): allocated per 10,000-ward headline 318-420
 * -> 119-132 MiB and CPU 1.1-2.2 s -> 0.3-0.5 s; per headline at 16 connections 3.4-3.7 -> 2.2 MiB,
 * CPU 7.7-15 -> 6.0 ms. Anything that is not a plain row (an entity, a past day) reaches the
 * resolver. TypeGraphQL has no synchronous hook around a resolver (its middleware is async), so
 * the field resolver declares its plain answer (`AnsweredFromPlainRows`, beside the resolver it
 * short-cuts) and the schema build puts it in front of that resolver (`answerPlainRowsFirst`).
 */

/** The field extension that carries a plain answer. */
const PLAIN_ROW_ANSWER = 'plainRowAnswer';

type PlainRowAnswer = {
  isPlainRow: (root: object) => boolean;
  read: (row: object) => unknown;
  /** An argument that, when given, leaves the field to its resolver (a past day, `asOf`). */
  unlessGiven: string | undefined;
};

/**
 * On a field resolver: a root that `isPlainRow` recognises is answered by `read` at once, without
 * the resolver; anything else, or the argument `unlessGiven` given, goes to the resolver.
 */
export function AnsweredFromPlainRows<Row extends object>(
  isPlainRow: (root: object) => root is Row,
  read: (row: Row) => unknown,
  options: { unlessGiven?: string } = {},
): MethodDecorator {
  const answer: PlainRowAnswer = {
    isPlainRow,
    read: read as (row: object) => unknown,
    unlessGiven: options.unlessGiven,
  };
  return Extensions({ [PLAIN_ROW_ANSWER]: answer });
}

/** Puts every declared plain answer in front of its field's resolver (at schema build, once). */
export function answerPlainRowsFirst(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const answer = field.extensions[PLAIN_ROW_ANSWER] as PlainRowAnswer | undefined;
      if (!answer) continue;
      const resolve = field.resolve;
      if (!resolve) throw new Error(`answerPlainRowsFirst: ${type.name}.${field.name} has no resolver`);
      field.resolve = plainRowFirst(answer, resolve);
      // Asked without arguments, graphql-js (patched, docs/dependencies.md) takes the answer from
      // here without building the resolve info and arguments the resolver is called with: a
      // 6-alias query of a province’s wards allocated 1.72 MB per request with them, 1.53 without.
      field.extensions = { ...field.extensions, answerWithoutResolveInfo: answerWithoutResolveInfo(answer) };
    }
  }
  return schema;
}

/** The plain answer, or undefined (the resolver answers) for anything that is not a plain row. */
function answerWithoutResolveInfo({ isPlainRow, read }: PlainRowAnswer): (root: unknown) => unknown {
  return (root) => (typeof root === 'object' && root !== null && isPlainRow(root) ? read(root) : undefined);
}

function plainRowFirst(
  { isPlainRow, read, unlessGiven }: PlainRowAnswer,
  resolve: GraphQLFieldResolver<object, unknown>,
): GraphQLFieldResolver<object, unknown> {
  if (unlessGiven === undefined)
    return (root, args, context, info) => (isPlainRow(root) ? read(root) : resolve(root, args, context, info));
  return (root, args, context, info) =>
    isPlainRow(root) && args[unlessGiven] == null ? read(root) : resolve(root, args, context, info);
}
