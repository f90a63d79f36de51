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
    "\n  query DashboardViewer {\n    viewer {\n      id\n      role\n      agency {\n        id\n        province {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.DashboardViewerDocument,
    "\n  query ProvinceSigning($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      nameEn\n      kind\n      signingProgress {\n        asOf\n        totalWards\n        signed\n        signedNotYetInEffect\n        awaitingSignatures\n        drafting\n        notStarted\n        fractionSigned\n      }\n    }\n  }\n": typeof types.ProvinceSigningDocument,
    "\n  query LackingWards($code: String!) {\n    wardsLackingSignedAgreement(provinceCode: $code) {\n      id\n      code\n      name\n      kind\n      currentAgreement {\n        id\n        status\n        updatedAt\n        agency {\n          id\n          name\n        }\n        postOffice {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LackingWardsDocument,
    "\n  fragment TargetProgressFields on TargetProgress {\n    scheme\n    year\n    achievedParticipants\n    achievedOn\n    fractionReached\n    target {\n      id\n      totalParticipants\n      retainedParticipants\n      newParticipants\n    }\n  }\n": typeof types.TargetProgressFieldsFragmentDoc,
    "\n  query ProvinceTargets($code: String!, $y0: Int!, $y1: Int!, $y2: Int!, $y3: Int!, $y4: Int!, $y5: Int!, $y6: Int!) {\n    province(code: $code) {\n      id\n      t0: targets(year: $y0) {\n        ...TargetProgressFields\n      }\n      t1: targets(year: $y1) {\n        ...TargetProgressFields\n      }\n      t2: targets(year: $y2) {\n        ...TargetProgressFields\n      }\n      t3: targets(year: $y3) {\n        ...TargetProgressFields\n      }\n      t4: targets(year: $y4) {\n        ...TargetProgressFields\n      }\n      t5: targets(year: $y5) {\n        ...TargetProgressFields\n      }\n      t6: targets(year: $y6) {\n        ...TargetProgressFields\n      }\n    }\n  }\n": typeof types.ProvinceTargetsDocument,
    "\n  query LatestChanges($first: Int!) {\n    auditRecords(first: $first) {\n      nodes {\n        id\n        occurredAt\n        actor\n        action\n        entityType\n        entityId\n      }\n    }\n  }\n": typeof types.LatestChangesDocument,
    "\n  query Provinces {\n    provinces {\n      id\n      code\n      name\n      fullName\n      kind\n    }\n  }\n": typeof types.ProvincesDocument,
    "\n  query ProvinceWards($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      signingProgress {\n        totalWards\n        signed\n        signedNotYetInEffect\n        awaitingSignatures\n        drafting\n        notStarted\n      }\n      wards {\n        id\n        code\n        name\n        fullName\n        kind\n        signingStatus\n      }\n    }\n  }\n": typeof types.ProvinceWardsDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      role\n      agency {\n        id\n        name\n      }\n      postOffice {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      account {\n        id\n        displayName\n        role\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query DashboardViewer {\n    viewer {\n      id\n      role\n      agency {\n        id\n        province {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.DashboardViewerDocument,
    "\n  query ProvinceSigning($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      nameEn\n      kind\n      signingProgress {\n        asOf\n        totalWards\n        signed\n        signedNotYetInEffect\n        awaitingSignatures\n        drafting\n        notStarted\n        fractionSigned\n      }\n    }\n  }\n": types.ProvinceSigningDocument,
    "\n  query LackingWards($code: String!) {\n    wardsLackingSignedAgreement(provinceCode: $code) {\n      id\n      code\n      name\n      kind\n      currentAgreement {\n        id\n        status\n        updatedAt\n        agency {\n          id\n          name\n        }\n        postOffice {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LackingWardsDocument,
    "\n  fragment TargetProgressFields on TargetProgress {\n    scheme\n    year\n    achievedParticipants\n    achievedOn\n    fractionReached\n    target {\n      id\n      totalParticipants\n      retainedParticipants\n      newParticipants\n    }\n  }\n": types.TargetProgressFieldsFragmentDoc,
    "\n  query ProvinceTargets($code: String!, $y0: Int!, $y1: Int!, $y2: Int!, $y3: Int!, $y4: Int!, $y5: Int!, $y6: Int!) {\n    province(code: $code) {\n      id\n      t0: targets(year: $y0) {\n        ...TargetProgressFields\n      }\n      t1: targets(year: $y1) {\n        ...TargetProgressFields\n      }\n      t2: targets(year: $y2) {\n        ...TargetProgressFields\n      }\n      t3: targets(year: $y3) {\n        ...TargetProgressFields\n      }\n      t4: targets(year: $y4) {\n        ...TargetProgressFields\n      }\n      t5: targets(year: $y5) {\n        ...TargetProgressFields\n      }\n      t6: targets(year: $y6) {\n        ...TargetProgressFields\n      }\n    }\n  }\n": types.ProvinceTargetsDocument,
    "\n  query LatestChanges($first: Int!) {\n    auditRecords(first: $first) {\n      nodes {\n        id\n        occurredAt\n        actor\n        action\n        entityType\n        entityId\n      }\n    }\n  }\n": types.LatestChangesDocument,
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
export function graphql(source: "\n  query DashboardViewer {\n    viewer {\n      id\n      role\n      agency {\n        id\n        province {\n          id\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardViewer {\n    viewer {\n      id\n      role\n      agency {\n        id\n        province {\n          id\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceSigning($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      nameEn\n      kind\n      signingProgress {\n        asOf\n        totalWards\n        signed\n        signedNotYetInEffect\n        awaitingSignatures\n        drafting\n        notStarted\n        fractionSigned\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvinceSigning($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      nameEn\n      kind\n      signingProgress {\n        asOf\n        totalWards\n        signed\n        signedNotYetInEffect\n        awaitingSignatures\n        drafting\n        notStarted\n        fractionSigned\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LackingWards($code: String!) {\n    wardsLackingSignedAgreement(provinceCode: $code) {\n      id\n      code\n      name\n      kind\n      currentAgreement {\n        id\n        status\n        updatedAt\n        agency {\n          id\n          name\n        }\n        postOffice {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LackingWards($code: String!) {\n    wardsLackingSignedAgreement(provinceCode: $code) {\n      id\n      code\n      name\n      kind\n      currentAgreement {\n        id\n        status\n        updatedAt\n        agency {\n          id\n          name\n        }\n        postOffice {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetProgressFields on TargetProgress {\n    scheme\n    year\n    achievedParticipants\n    achievedOn\n    fractionReached\n    target {\n      id\n      totalParticipants\n      retainedParticipants\n      newParticipants\n    }\n  }\n"): (typeof documents)["\n  fragment TargetProgressFields on TargetProgress {\n    scheme\n    year\n    achievedParticipants\n    achievedOn\n    fractionReached\n    target {\n      id\n      totalParticipants\n      retainedParticipants\n      newParticipants\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceTargets($code: String!, $y0: Int!, $y1: Int!, $y2: Int!, $y3: Int!, $y4: Int!, $y5: Int!, $y6: Int!) {\n    province(code: $code) {\n      id\n      t0: targets(year: $y0) {\n        ...TargetProgressFields\n      }\n      t1: targets(year: $y1) {\n        ...TargetProgressFields\n      }\n      t2: targets(year: $y2) {\n        ...TargetProgressFields\n      }\n      t3: targets(year: $y3) {\n        ...TargetProgressFields\n      }\n      t4: targets(year: $y4) {\n        ...TargetProgressFields\n      }\n      t5: targets(year: $y5) {\n        ...TargetProgressFields\n      }\n      t6: targets(year: $y6) {\n        ...TargetProgressFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvinceTargets($code: String!, $y0: Int!, $y1: Int!, $y2: Int!, $y3: Int!, $y4: Int!, $y5: Int!, $y6: Int!) {\n    province(code: $code) {\n      id\n      t0: targets(year: $y0) {\n        ...TargetProgressFields\n      }\n      t1: targets(year: $y1) {\n        ...TargetProgressFields\n      }\n      t2: targets(year: $y2) {\n        ...TargetProgressFields\n      }\n      t3: targets(year: $y3) {\n        ...TargetProgressFields\n      }\n      t4: targets(year: $y4) {\n        ...TargetProgressFields\n      }\n      t5: targets(year: $y5) {\n        ...TargetProgressFields\n      }\n      t6: targets(year: $y6) {\n        ...TargetProgressFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestChanges($first: Int!) {\n    auditRecords(first: $first) {\n      nodes {\n        id\n        occurredAt\n        actor\n        action\n        entityType\n        entityId\n      }\n    }\n  }\n"): (typeof documents)["\n  query LatestChanges($first: Int!) {\n    auditRecords(first: $first) {\n      nodes {\n        id\n        occurredAt\n        actor\n        action\n        entityType\n        entityId\n      }\n    }\n  }\n"];
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