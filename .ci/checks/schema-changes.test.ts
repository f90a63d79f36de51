import { describe, expect, it } from 'vitest';
import { breakingSchemaChanges } from './schema-changes.ts';

const BEFORE = `
type Query {
  ward(code: String!): Ward
}
"A ward."
type Ward {
  code: String!
  name: String!
  oldName: String @deprecated(reason: "Use name.")
}
`;

describe('breaking changes to schema.graphql', () => {
  it('finds a removed field, a retyped field and a new required argument', async () => {
    const after = `
type Query {
  ward(code: String!, asOf: String!): Ward
}
type Ward {
  code: Int!
  oldName: String @deprecated(reason: "Use name.")
}
`;
    const messages = (await breakingSchemaChanges(BEFORE, after)).map((change) => change.message);
    expect(messages.sort()).toEqual([
      "Argument 'asOf: String!' added to field 'Query.ward'",
      "Field 'Ward.code' changed type from 'String!' to 'Int!'",
      "Field 'name' was removed from object type 'Ward'",
    ]);
  });

  it('lets a field go once it was deprecated, and lets fields be added or deprecated', async () => {
    const after = `
type Query {
  ward(code: String!): Ward
  wards: [Ward!]!
}
type Ward {
  code: String!
  name: String! @deprecated(reason: "Use fullName.")
  fullName: String
}
`;
    expect(await breakingSchemaChanges(BEFORE, after)).toEqual([]);
  });
});
