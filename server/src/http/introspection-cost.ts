import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';

/**
 * List sizes of the introspection types, from this schema itself: the standard introspection
 * query (graphql-js `getIntrospectionQuery()`, sent by GraphiQL, codegen, Postman, Rover) is
 * then priced by the schema's real size rather than by a guess of 100 per list, which priced it
 * at millions. It reads nothing from the database; its objects count as rows all the same, so a
 * query nesting `fields { type { fields … } }` to blow up is still bounded.
 */
export function introspectionListSizes(schema: GraphQLSchema): Map<string, number> {
  const cached = bySchema.get(schema);
  if (cached) return cached;
  const types = Object.values(schema.getTypeMap());
  const most = (count: (type: (typeof types)[number]) => number) => Math.max(0, ...types.map(count));
  const fieldsOf = (type: (typeof types)[number]) =>
    isObjectType(type) || isInterfaceType(type) || isInputObjectType(type) ? Object.values(type.getFields()) : [];
  const directives = schema.getDirectives();
  const sizes = new Map<string, number>([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', most((type) => (isInputObjectType(type) ? 0 : fieldsOf(type).length))],
    ['__Type.inputFields', most((type) => (isInputObjectType(type) ? fieldsOf(type).length : 0))],
    [
      '__Type.interfaces',
      most((type) => (isObjectType(type) || isInterfaceType(type) ? type.getInterfaces().length : 0)),
    ],
    ['__Type.possibleTypes', most((type) => (isInterfaceType(type) ? schema.getPossibleTypes(type).length : 0))],
    ['__Type.enumValues', most((type) => (isEnumType(type) ? type.getValues().length : 0))],
    [
      '__Field.args',
      most((type) => Math.max(0, ...fieldsOf(type).map((field) => ('args' in field ? field.args.length : 0)))),
    ],
    ['__Directive.args', Math.max(0, ...directives.map((directive) => directive.args.length))],
  ]);
  bySchema.set(schema, sizes);
  return sizes;
}

const bySchema = new WeakMap<GraphQLSchema, Map<string, number>>();
