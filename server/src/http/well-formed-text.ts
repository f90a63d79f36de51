import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type OperationDefinitionNode,
  type ValueNode,
  type VariableDefinitionNode,
  visit,
} from 'graphql';

/**
 * Text the databases cannot keep is refused at the edge, once for every string of every
 * argument: the NUL character (SQLite ends the text there, PostgreSQL's text and jsonb refuse
 * it) and ill-formed UTF-16 (a lone surrogate such as "\uD800x", which has no UTF-8 form). Both
 * used to reach the database and come back as INTERNAL_SERVER_ERROR.
 *
 * A plugin rather than a String scalar: graphql-js keeps one built-in String (introspection
 * uses it), so it cannot be replaced, and a scalar's error names a variable, not the field. The
 * walk runs after validation and before execution, over the arguments as written (literals,
 * variables where they are used, and variables' defaults), and names the field the way
 * `BAD_USER_INPUT` always does: the argument and the input fields below it (`input.source.title`).
 */
function problemOf(text: string): string | null {
  if (text.includes('\u0000')) return 'contains the NUL character (U+0000), which text may not hold';
  if (!text.isWellFormed()) return 'is not well-formed Unicode text (it holds a lone UTF-16 surrogate)';
  return null;
}

type Found = { field: string; problem: string };

/** The first bad string in a JSON value (a variable's value), with its path below `field`. */
function inJson(value: unknown, field: string): Found | null {
  if (typeof value === 'string') {
    const problem = problemOf(value);
    return problem ? { field, problem } : null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = inJson(item, `${field}.${index}`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = inJson(item, `${field}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

type Variables = { values: Record<string, unknown>; definitions: Map<string, VariableDefinitionNode> };

/** The first bad string in an argument's value as written, following variables into their values. */
function inValue(node: ValueNode, field: string, variables: Variables): Found | null {
  switch (node.kind) {
    case Kind.STRING: {
      const problem = problemOf(node.value);
      return problem ? { field, problem } : null;
    }
    case Kind.LIST:
      for (const [index, item] of node.values.entries()) {
        const found = inValue(item, `${field}.${index}`, variables);
        if (found) return found;
      }
      return null;
    case Kind.OBJECT:
      for (const item of node.fields) {
        const found = inValue(item.value, `${field}.${item.name.value}`, variables);
        if (found) return found;
      }
      return null;
    case Kind.VARIABLE: {
      const name = node.name.value;
      if (Object.hasOwn(variables.values, name)) return inJson(variables.values[name], field);
      const fallback = variables.definitions.get(name)?.defaultValue;
      return fallback ? inValue(fallback, field, variables) : null;
    }
    default:
      return null;
  }
}

/** Every argument of the operation and of the fragments it may spread, in document order. */
export function findIllFormedText(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  values: Record<string, unknown>,
): Found | null {
  const variables: Variables = {
    values,
    definitions: new Map(
      operation.variableDefinitions?.map((definition) => [definition.variable.name.value, definition]),
    ),
  };
  const checked = [
    operation,
    ...document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION),
  ];
  let found: Found | null = null;
  for (const definition of checked) {
    visit(definition, {
      Argument(argument) {
        found ??= inValue(argument.value, argument.name.value, variables);
        return found ? false : undefined;
      },
    });
    if (found) return found;
  }
  return null;
}

export function wellFormedTextPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          const found = findIllFormedText(document, operation, request.variables ?? {});
          if (!found) return;
          throw new GraphQLError(`${found.field}: ${found.problem}.`, {
            extensions: { code: 'BAD_USER_INPUT', field: found.field, http: { status: 400 } },
          });
        },
      };
    },
  };
}
