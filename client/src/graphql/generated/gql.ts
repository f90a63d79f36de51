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
    "\n  fragment AgreementDetails on Agreement {\n    id\n    status\n    version\n    referenceNumber\n    signedOn\n    effectiveFrom\n    effectiveTo\n    notes\n    updatedAt\n    ward {\n      id\n      code\n      name\n      fullName\n      province {\n        id\n        code\n        fullName\n      }\n    }\n    agency {\n      id\n      name\n    }\n    postOffice {\n      id\n      name\n      parent {\n        id\n        parent {\n          id\n        }\n      }\n    }\n    signatories {\n      party\n      name\n      title\n      signedOn\n    }\n    history {\n      sequence\n      fromStatus\n      toStatus\n      changedAt\n      changedBy\n      note\n    }\n  }\n": typeof types.AgreementDetailsFragmentDoc,
    "\n  fragment AgreementWriteResult on Agreement {\n    id\n    status\n    version\n    referenceNumber\n    signedOn\n    effectiveFrom\n    effectiveTo\n    notes\n    updatedAt\n    agency {\n      id\n    }\n    postOffice {\n      id\n    }\n    signatories {\n      party\n      name\n      title\n      signedOn\n    }\n    history {\n      sequence\n      fromStatus\n      toStatus\n      changedAt\n      changedBy\n      note\n    }\n  }\n": typeof types.AgreementWriteResultFragmentDoc,
    "\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetails\n    }\n  }\n": typeof types.AgreementDocument,
    "\n  mutation ChangeAgreementStatus($input: ChangeAgreementStatusInput!) {\n    changeAgreementStatus(input: $input) {\n      ...AgreementWriteResult\n    }\n  }\n": typeof types.ChangeAgreementStatusDocument,
    "\n  mutation RecordSignature($input: RecordSignatureInput!) {\n    recordSignature(input: $input) {\n      ...AgreementWriteResult\n    }\n  }\n": typeof types.RecordSignatureDocument,
    "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.CreateAgreementDocument,
    "\n  query Ward($code: String!) {\n    ward(code: $code) {\n      id\n      code\n      name\n      fullName\n      kind\n      validFrom\n      validTo\n      signingStatus\n      province {\n        id\n        code\n        fullName\n      }\n      servingAgency {\n        id\n        name\n      }\n      servingPostOffice {\n        id\n        name\n        parent {\n          id\n          parent {\n            id\n          }\n        }\n      }\n      currentAgreement {\n        id\n        status\n        version\n        referenceNumber\n        effectiveFrom\n        effectiveTo\n        updatedAt\n      }\n      agreements {\n        id\n        status\n        referenceNumber\n        signedOn\n        effectiveFrom\n        effectiveTo\n        updatedAt\n      }\n    }\n  }\n": typeof types.WardDocument,
    "\n  query ActingViewer {\n    viewer {\n      id\n      role\n      agency {\n        id\n        province {\n          id\n          code\n        }\n      }\n      postOffice {\n        id\n        name\n        province {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.ActingViewerDocument,
    "\n  query Provinces {\n    provinces {\n      id\n      code\n      name\n      fullName\n      kind\n    }\n  }\n": typeof types.ProvincesDocument,
    "\n  query ProvinceWards($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      signingProgress {\n        totalWards\n        signed\n        signedNotYetInEffect\n        awaitingSignatures\n        drafting\n        notStarted\n      }\n      wards {\n        id\n        code\n        name\n        fullName\n        kind\n        signingStatus\n      }\n    }\n  }\n": typeof types.ProvinceWardsDocument,
    "\n  query WorkspaceWards($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      wards {\n        id\n        code\n        name\n        fullName\n        signingStatus\n        servingPostOffice {\n          id\n          parent {\n            id\n            parent {\n              id\n            }\n          }\n        }\n        currentAgreement {\n          id\n          status\n          version\n          referenceNumber\n          updatedAt\n          signatories {\n            party\n            signedOn\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceWardsDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      role\n      agency {\n        id\n        name\n      }\n      postOffice {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      account {\n        id\n        displayName\n        role\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment AgreementDetails on Agreement {\n    id\n    status\n    version\n    referenceNumber\n    signedOn\n    effectiveFrom\n    effectiveTo\n    notes\n    updatedAt\n    ward {\n      id\n      code\n      name\n      fullName\n      province {\n        id\n        code\n        fullName\n      }\n    }\n    agency {\n      id\n      name\n    }\n    postOffice {\n      id\n      name\n      parent {\n        id\n        parent {\n          id\n        }\n      }\n    }\n    signatories {\n      party\n      name\n      title\n      signedOn\n    }\n    history {\n      sequence\n      fromStatus\n      toStatus\n      changedAt\n      changedBy\n      note\n    }\n  }\n": types.AgreementDetailsFragmentDoc,
    "\n  fragment AgreementWriteResult on Agreement {\n    id\n    status\n    version\n    referenceNumber\n    signedOn\n    effectiveFrom\n    effectiveTo\n    notes\n    updatedAt\n    agency {\n      id\n    }\n    postOffice {\n      id\n    }\n    signatories {\n      party\n      name\n      title\n      signedOn\n    }\n    history {\n      sequence\n      fromStatus\n      toStatus\n      changedAt\n      changedBy\n      note\n    }\n  }\n": types.AgreementWriteResultFragmentDoc,
    "\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetails\n    }\n  }\n": types.AgreementDocument,
    "\n  mutation ChangeAgreementStatus($input: ChangeAgreementStatusInput!) {\n    changeAgreementStatus(input: $input) {\n      ...AgreementWriteResult\n    }\n  }\n": types.ChangeAgreementStatusDocument,
    "\n  mutation RecordSignature($input: RecordSignatureInput!) {\n    recordSignature(input: $input) {\n      ...AgreementWriteResult\n    }\n  }\n": types.RecordSignatureDocument,
    "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.CreateAgreementDocument,
    "\n  query Ward($code: String!) {\n    ward(code: $code) {\n      id\n      code\n      name\n      fullName\n      kind\n      validFrom\n      validTo\n      signingStatus\n      province {\n        id\n        code\n        fullName\n      }\n      servingAgency {\n        id\n        name\n      }\n      servingPostOffice {\n        id\n        name\n        parent {\n          id\n          parent {\n            id\n          }\n        }\n      }\n      currentAgreement {\n        id\n        status\n        version\n        referenceNumber\n        effectiveFrom\n        effectiveTo\n        updatedAt\n      }\n      agreements {\n        id\n        status\n        referenceNumber\n        signedOn\n        effectiveFrom\n        effectiveTo\n        updatedAt\n      }\n    }\n  }\n": types.WardDocument,
    "\n  query ActingViewer {\n    viewer {\n      id\n      role\n      agency {\n        id\n        province {\n          id\n          code\n        }\n      }\n      postOffice {\n        id\n        name\n        province {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.ActingViewerDocument,
    "\n  query Provinces {\n    provinces {\n      id\n      code\n      name\n      fullName\n      kind\n    }\n  }\n": types.ProvincesDocument,
    "\n  query ProvinceWards($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      signingProgress {\n        totalWards\n        signed\n        signedNotYetInEffect\n        awaitingSignatures\n        drafting\n        notStarted\n      }\n      wards {\n        id\n        code\n        name\n        fullName\n        kind\n        signingStatus\n      }\n    }\n  }\n": types.ProvinceWardsDocument,
    "\n  query WorkspaceWards($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      wards {\n        id\n        code\n        name\n        fullName\n        signingStatus\n        servingPostOffice {\n          id\n          parent {\n            id\n            parent {\n              id\n            }\n          }\n        }\n        currentAgreement {\n          id\n          status\n          version\n          referenceNumber\n          updatedAt\n          signatories {\n            party\n            signedOn\n          }\n        }\n      }\n    }\n  }\n": types.WorkspaceWardsDocument,
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
export function graphql(source: "\n  fragment AgreementDetails on Agreement {\n    id\n    status\n    version\n    referenceNumber\n    signedOn\n    effectiveFrom\n    effectiveTo\n    notes\n    updatedAt\n    ward {\n      id\n      code\n      name\n      fullName\n      province {\n        id\n        code\n        fullName\n      }\n    }\n    agency {\n      id\n      name\n    }\n    postOffice {\n      id\n      name\n      parent {\n        id\n        parent {\n          id\n        }\n      }\n    }\n    signatories {\n      party\n      name\n      title\n      signedOn\n    }\n    history {\n      sequence\n      fromStatus\n      toStatus\n      changedAt\n      changedBy\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment AgreementDetails on Agreement {\n    id\n    status\n    version\n    referenceNumber\n    signedOn\n    effectiveFrom\n    effectiveTo\n    notes\n    updatedAt\n    ward {\n      id\n      code\n      name\n      fullName\n      province {\n        id\n        code\n        fullName\n      }\n    }\n    agency {\n      id\n      name\n    }\n    postOffice {\n      id\n      name\n      parent {\n        id\n        parent {\n          id\n        }\n      }\n    }\n    signatories {\n      party\n      name\n      title\n      signedOn\n    }\n    history {\n      sequence\n      fromStatus\n      toStatus\n      changedAt\n      changedBy\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementWriteResult on Agreement {\n    id\n    status\n    version\n    referenceNumber\n    signedOn\n    effectiveFrom\n    effectiveTo\n    notes\n    updatedAt\n    agency {\n      id\n    }\n    postOffice {\n      id\n    }\n    signatories {\n      party\n      name\n      title\n      signedOn\n    }\n    history {\n      sequence\n      fromStatus\n      toStatus\n      changedAt\n      changedBy\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment AgreementWriteResult on Agreement {\n    id\n    status\n    version\n    referenceNumber\n    signedOn\n    effectiveFrom\n    effectiveTo\n    notes\n    updatedAt\n    agency {\n      id\n    }\n    postOffice {\n      id\n    }\n    signatories {\n      party\n      name\n      title\n      signedOn\n    }\n    history {\n      sequence\n      fromStatus\n      toStatus\n      changedAt\n      changedBy\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetails\n    }\n  }\n"): (typeof documents)["\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeAgreementStatus($input: ChangeAgreementStatusInput!) {\n    changeAgreementStatus(input: $input) {\n      ...AgreementWriteResult\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeAgreementStatus($input: ChangeAgreementStatusInput!) {\n    changeAgreementStatus(input: $input) {\n      ...AgreementWriteResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSignature($input: RecordSignatureInput!) {\n    recordSignature(input: $input) {\n      ...AgreementWriteResult\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSignature($input: RecordSignatureInput!) {\n    recordSignature(input: $input) {\n      ...AgreementWriteResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ward($code: String!) {\n    ward(code: $code) {\n      id\n      code\n      name\n      fullName\n      kind\n      validFrom\n      validTo\n      signingStatus\n      province {\n        id\n        code\n        fullName\n      }\n      servingAgency {\n        id\n        name\n      }\n      servingPostOffice {\n        id\n        name\n        parent {\n          id\n          parent {\n            id\n          }\n        }\n      }\n      currentAgreement {\n        id\n        status\n        version\n        referenceNumber\n        effectiveFrom\n        effectiveTo\n        updatedAt\n      }\n      agreements {\n        id\n        status\n        referenceNumber\n        signedOn\n        effectiveFrom\n        effectiveTo\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ward($code: String!) {\n    ward(code: $code) {\n      id\n      code\n      name\n      fullName\n      kind\n      validFrom\n      validTo\n      signingStatus\n      province {\n        id\n        code\n        fullName\n      }\n      servingAgency {\n        id\n        name\n      }\n      servingPostOffice {\n        id\n        name\n        parent {\n          id\n          parent {\n            id\n          }\n        }\n      }\n      currentAgreement {\n        id\n        status\n        version\n        referenceNumber\n        effectiveFrom\n        effectiveTo\n        updatedAt\n      }\n      agreements {\n        id\n        status\n        referenceNumber\n        signedOn\n        effectiveFrom\n        effectiveTo\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActingViewer {\n    viewer {\n      id\n      role\n      agency {\n        id\n        province {\n          id\n          code\n        }\n      }\n      postOffice {\n        id\n        name\n        province {\n          id\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActingViewer {\n    viewer {\n      id\n      role\n      agency {\n        id\n        province {\n          id\n          code\n        }\n      }\n      postOffice {\n        id\n        name\n        province {\n          id\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Provinces {\n    provinces {\n      id\n      code\n      name\n      fullName\n      kind\n    }\n  }\n"): (typeof documents)["\n  query Provinces {\n    provinces {\n      id\n      code\n      name\n      fullName\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceWards($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      signingProgress {\n        totalWards\n        signed\n        signedNotYetInEffect\n        awaitingSignatures\n        drafting\n        notStarted\n      }\n      wards {\n        id\n        code\n        name\n        fullName\n        kind\n        signingStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvinceWards($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      signingProgress {\n        totalWards\n        signed\n        signedNotYetInEffect\n        awaitingSignatures\n        drafting\n        notStarted\n      }\n      wards {\n        id\n        code\n        name\n        fullName\n        kind\n        signingStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceWards($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      wards {\n        id\n        code\n        name\n        fullName\n        signingStatus\n        servingPostOffice {\n          id\n          parent {\n            id\n            parent {\n              id\n            }\n          }\n        }\n        currentAgreement {\n          id\n          status\n          version\n          referenceNumber\n          updatedAt\n          signatories {\n            party\n            signedOn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceWards($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      wards {\n        id\n        code\n        name\n        fullName\n        signingStatus\n        servingPostOffice {\n          id\n          parent {\n            id\n            parent {\n              id\n            }\n          }\n        }\n        currentAgreement {\n          id\n          status\n          version\n          referenceNumber\n          updatedAt\n          signatories {\n            party\n            signedOn\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;