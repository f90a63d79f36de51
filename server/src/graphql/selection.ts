import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * What a query asks of one field, read ahead from the document (look-ahead), so a hot read can
 * select exactly those columns in one statement instead of hydrating entities and resolving each
 * nested field. Aliases and fragments are merged by field name.
 */
export type Selection = {
  /** Whether any occurrence of the field passes arguments (a hot read answers only the defaults). */
  hasArguments: boolean;
  /** The sub-fields asked for, by name; empty for a leaf. */
  fields: Map<string, Selection>;
};

/**
 * The selection below the field being resolved, or null when the document uses something the
 * look-ahead does not follow (a directive such as `@include`): the caller then takes the general path.
 */
export function selectionOf(info: GraphQLResolveInfo): Selection | null {
  const merged: Selection = { hasArguments: false, fields: new Map() };
  for (const node of info.fieldNodes) {
    if (node.directives?.length) return null;
    if (node.selectionSet && !collect(node.selectionSet, info, merged)) return null;
  }
  return merged;
}

function collect(set: SelectionSetNode, info: GraphQLResolveInfo, into: Selection): boolean {
  for (const selection of set.selections) {
    if (selection.directives?.length) return false;
    if (selection.kind === Kind.FIELD) {
      if (!addField(selection, info, into)) return false;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!collect(selection.selectionSet, info, into)) return false;
    } else {
      const fragment = info.fragments[selection.name.value];
      if (!fragment || fragment.directives?.length || !collect(fragment.selectionSet, info, into)) return false;
    }
  }
  return true;
}

function addField(node: FieldNode, info: GraphQLResolveInfo, into: Selection): boolean {
  const name = node.name.value;
  let field = into.fields.get(name);
  if (!field) {
    field = { hasArguments: false, fields: new Map() };
    into.fields.set(name, field);
  }
  if (node.arguments?.length) field.hasArguments = true;
  return node.selectionSet ? collect(node.selectionSet, info, field) : true;
}

/**
 * Whether the selection asks only for fields in `allowed` (`__typename` always allowed), none
 * with arguments; a nested entry of `allowed` says what its own sub-fields may be.
 */
export function selectsOnly(selection: Selection, allowed: AllowedFields): boolean {
  for (const [name, field] of selection.fields) {
    if (name === '__typename') continue;
    const rule = allowed[name];
    if (!rule || field.hasArguments) return false;
    if (rule !== true && !selectsOnly(field, rule)) return false;
  }
  return true;
}

export type AllowedFields = { [field: string]: true | AllowedFields };
