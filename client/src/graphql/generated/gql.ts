/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      role\n      agency {\n        id\n        name\n      }\n      postOffice {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      account {\n        id\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query CampaignResults {\n    campaigns {\n      id\n      name\n      description\n      startsOn\n      endsOn\n      scope\n      results {\n        id\n        scheme\n        participants\n        note\n        province {\n          id\n          code\n          name\n          nameEn\n        }\n      }\n      reportedTotals {\n        id\n        scheme\n        participants\n        note\n        source {\n          id\n          title\n          publisher\n          publishedOn\n          url\n        }\n      }\n      resultsByCurrentProvince {\n        scheme\n        participants\n        province {\n          id\n          code\n          name\n          nameEn\n        }\n        figures {\n          id\n          note\n          province {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": typeof types.CampaignResultsDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query DeveloperViewer {\n    viewer {\n      id\n      agency {\n        id\n        province {\n          id\n          code\n          fullName\n        }\n      }\n      postOffice {\n        id\n        province {\n          id\n          code\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.DeveloperViewerDocument,
    "\n  query Provinces {\n    provinces {\n      id\n      code\n      name\n      fullName\n      kind\n    }\n  }\n": typeof types.ProvincesDocument,
    "\n  query ProvinceWards($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      signingProgress {\n        totalWards\n        signed\n        signedNotYetInEffect\n        awaitingSignatures\n        drafting\n        notStarted\n      }\n      wards {\n        id\n        code\n        name\n        fullName\n        kind\n        signingStatus\n      }\n    }\n  }\n": typeof types.ProvinceWardsDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      role\n      agency {\n        id\n        name\n      }\n      postOffice {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      account {\n        id\n        displayName\n        role\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query CampaignResults {\n    campaigns {\n      id\n      name\n      description\n      startsOn\n      endsOn\n      scope\n      results {\n        id\n        scheme\n        participants\n        note\n        province {\n          id\n          code\n          name\n          nameEn\n        }\n      }\n      reportedTotals {\n        id\n        scheme\n        participants\n        note\n        source {\n          id\n          title\n          publisher\n          publishedOn\n          url\n        }\n      }\n      resultsByCurrentProvince {\n        scheme\n        participants\n        province {\n          id\n          code\n          name\n          nameEn\n        }\n        figures {\n          id\n          note\n          province {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": types.CampaignResultsDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query DeveloperViewer {\n    viewer {\n      id\n      agency {\n        id\n        province {\n          id\n          code\n          fullName\n        }\n      }\n      postOffice {\n        id\n        province {\n          id\n          code\n          fullName\n        }\n      }\n    }\n  }\n": types.DeveloperViewerDocument,
    "\n  query Provinces {\n    provinces {\n      id\n      code\n      name\n      fullName\n      kind\n    }\n  }\n": types.ProvincesDocument,
    "\n  query ProvinceWards($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      signingProgress {\n        totalWards\n        signed\n        signedNotYetInEffect\n        awaitingSignatures\n        drafting\n        notStarted\n      }\n      wards {\n        id\n        code\n        name\n        fullName\n        kind\n        signingStatus\n      }\n    }\n  }\n": types.ProvinceWardsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      role\n      agency {\n        id\n        name\n      }\n      postOffice {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      role\n      agency {\n        id\n        name\n      }\n      postOffice {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      account {\n        id\n        displayName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      account {\n        id\n        displayName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignResults {\n    campaigns {\n      id\n      name\n      description\n      startsOn\n      endsOn\n      scope\n      results {\n        id\n        scheme\n        participants\n        note\n        province {\n          id\n          code\n          name\n          nameEn\n        }\n      }\n      reportedTotals {\n        id\n        scheme\n        participants\n        note\n        source {\n          id\n          title\n          publisher\n          publishedOn\n          url\n        }\n      }\n      resultsByCurrentProvince {\n        scheme\n        participants\n        province {\n          id\n          code\n          name\n          nameEn\n        }\n        figures {\n          id\n          note\n          province {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignResults {\n    campaigns {\n      id\n      name\n      description\n      startsOn\n      endsOn\n      scope\n      results {\n        id\n        scheme\n        participants\n        note\n        province {\n          id\n          code\n          name\n          nameEn\n        }\n      }\n      reportedTotals {\n        id\n        scheme\n        participants\n        note\n        source {\n          id\n          title\n          publisher\n          publishedOn\n          url\n        }\n      }\n      resultsByCurrentProvince {\n        scheme\n        participants\n        province {\n          id\n          code\n          name\n          nameEn\n        }\n        figures {\n          id\n          note\n          province {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeveloperViewer {\n    viewer {\n      id\n      agency {\n        id\n        province {\n          id\n          code\n          fullName\n        }\n      }\n      postOffice {\n        id\n        province {\n          id\n          code\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeveloperViewer {\n    viewer {\n      id\n      agency {\n        id\n        province {\n          id\n          code\n          fullName\n        }\n      }\n      postOffice {\n        id\n        province {\n          id\n          code\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Provinces {\n    provinces {\n      id\n      code\n      name\n      fullName\n      kind\n    }\n  }\n"): (typeof documents)["\n  query Provinces {\n    provinces {\n      id\n      code\n      name\n      fullName\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceWards($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      signingProgress {\n        totalWards\n        signed\n        signedNotYetInEffect\n        awaitingSignatures\n        drafting\n        notStarted\n      }\n      wards {\n        id\n        code\n        name\n        fullName\n        kind\n        signingStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvinceWards($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      signingProgress {\n        totalWards\n        signed\n        signedNotYetInEffect\n        awaitingSignatures\n        drafting\n        notStarted\n      }\n      wards {\n        id\n        code\n        name\n        fullName\n        kind\n        signingStatus\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;