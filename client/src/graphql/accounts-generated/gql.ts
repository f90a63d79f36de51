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
    "\n  fragment AccountFields on Account {\n    id\n    email\n    displayName\n    role\n    active\n    createdAt\n    lastSignedInAt\n    agency {\n      id\n      name\n      province {\n        id\n        name\n      }\n    }\n    postOffice {\n      id\n      name\n      province {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AccountFieldsFragmentDoc,
    "\n  query Accounts {\n    accounts {\n      ...AccountFields\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  query AccountProvinces {\n    provinces {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n": typeof types.AccountProvincesDocument,
    "\n  query AccountUnits($provinceCode: String!) {\n    agencies(provinceCode: $provinceCode) {\n      id\n      code\n      name\n    }\n    postOffices(provinceCode: $provinceCode) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.AccountUnitsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountFields\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation SetAccountActive($id: ID!, $active: Boolean!) {\n    setAccountActive(id: $id, active: $active) {\n      ...AccountFields\n    }\n  }\n": typeof types.SetAccountActiveDocument,
};
const documents: Documents = {
    "\n  fragment AccountFields on Account {\n    id\n    email\n    displayName\n    role\n    active\n    createdAt\n    lastSignedInAt\n    agency {\n      id\n      name\n      province {\n        id\n        name\n      }\n    }\n    postOffice {\n      id\n      name\n      province {\n        id\n        name\n      }\n    }\n  }\n": types.AccountFieldsFragmentDoc,
    "\n  query Accounts {\n    accounts {\n      ...AccountFields\n    }\n  }\n": types.AccountsDocument,
    "\n  query AccountProvinces {\n    provinces {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n": types.AccountProvincesDocument,
    "\n  query AccountUnits($provinceCode: String!) {\n    agencies(provinceCode: $provinceCode) {\n      id\n      code\n      name\n    }\n    postOffices(provinceCode: $provinceCode) {\n      id\n      code\n      name\n    }\n  }\n": types.AccountUnitsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountFields\n    }\n  }\n": types.CreateAccountDocument,
    "\n  mutation SetAccountActive($id: ID!, $active: Boolean!) {\n    setAccountActive(id: $id, active: $active) {\n      ...AccountFields\n    }\n  }\n": types.SetAccountActiveDocument,
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
export function graphql(source: "\n  fragment AccountFields on Account {\n    id\n    email\n    displayName\n    role\n    active\n    createdAt\n    lastSignedInAt\n    agency {\n      id\n      name\n      province {\n        id\n        name\n      }\n    }\n    postOffice {\n      id\n      name\n      province {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AccountFields on Account {\n    id\n    email\n    displayName\n    role\n    active\n    createdAt\n    lastSignedInAt\n    agency {\n      id\n      name\n      province {\n        id\n        name\n      }\n    }\n    postOffice {\n      id\n      name\n      province {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts {\n    accounts {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  query Accounts {\n    accounts {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountProvinces {\n    provinces {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query AccountProvinces {\n    provinces {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountUnits($provinceCode: String!) {\n    agencies(provinceCode: $provinceCode) {\n      id\n      code\n      name\n    }\n    postOffices(provinceCode: $provinceCode) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query AccountUnits($provinceCode: String!) {\n    agencies(provinceCode: $provinceCode) {\n      id\n      code\n      name\n    }\n    postOffices(provinceCode: $provinceCode) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountActive($id: ID!, $active: Boolean!) {\n    setAccountActive(id: $id, active: $active) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountActive($id: ID!, $active: Boolean!) {\n    setAccountActive(id: $id, active: $active) {\n      ...AccountFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;