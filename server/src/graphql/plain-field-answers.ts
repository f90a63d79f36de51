import { GraphQLObjectType, type GraphQLSchema } from 'graphql';

/** What a plain-field answer returns when the object is not a plain row: the field's own resolver runs. */
export const NOT_PLAIN = Symbol('not a plain row');

/** Per object type, per field: the value read straight from a plain row, or `NOT_PLAIN`. */
export type PlainFieldAnswers = Record<
  string,
  Record<string, (root: object, args: Record<string, unknown>) => unknown>
>;

/*
 * The hot reads return plain rows (ward-standing-rows.ts, agreement-page-rows.ts); their computed
 * fields are already worked out in the row. Through TypeGraphQL each such field cost, per ward,
 * a `new Ward()`/`new Agreement()` built from the row (its `@Root()` conversion: a random UUID,
 * two collections, MikroORM's property setters) and a promise (an `@Arg` is validated
 * asynchronously even with validation off), which made graphql-js complete every ward
 * asynchronously. Answered here, synchronously and without the conversion (built server,
 * PostgreSQL, builds alternating, load 15-20): allocated per 10,000-ward headline 318-420 -> 119-132
 * MiB and CPU 1.1-2.2 s -> 0.3-0.5 s; per headline at 16 connections 3.4-3.7 -> 2.2 MiB, CPU
 * 7.7-15 -> 6.0 ms. Anything that is not a plain row (an entity, a past day) falls through to the
 * resolver.
 */
export function answerPlainFieldsDirectly(schema: GraphQLSchema, answers: PlainFieldAnswers): GraphQLSchema {
  for (const [typeName, fields] of Object.entries(answers)) {
    const type = schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) throw new Error(`answerPlainFieldsDirectly: no object type ${typeName}`);
    const typeFields = type.getFields();
    for (const [fieldName, answer] of Object.entries(fields)) {
      const field = typeFields[fieldName];
      const resolve = field?.resolve;
      if (!field || !resolve) throw new Error(`answerPlainFieldsDirectly: ${typeName}.${fieldName} has no resolver`);
      field.resolve = (root: object, args: Record<string, unknown>, context, info) => {
        const value = answer(root, args);
        return value === NOT_PLAIN ? resolve(root, args, context, info) : value;
      };
    }
  }
  return schema;
}
