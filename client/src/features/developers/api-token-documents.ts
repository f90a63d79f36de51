import { graphql } from '../../graphql/generated';

/** What the token list shows of a token (never the token itself, which the server does not keep). *
 * @public The operations spread it by name (`...Fragment`); codegen reads it, no module imports it.
 */
export const ApiTokenFields = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    prefix
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
`);
/** The signed-in person's own tokens, newest first, revoked ones included. */
export const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      ...ApiTokenFields
    }
  }
`);

/** Only from a session (the server refuses it to API tokens); the token is in this answer only. */
export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
`);
