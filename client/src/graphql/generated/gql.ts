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
    "\n  fragment AgreementDetails on Agreement {\n    id\n    status\n    version\n    referenceNumber\n    signedOn\n    effectiveFrom\n    effectiveTo\n    notes\n    updatedAt\n    viewerCanChange\n    viewerCanRecordSignature\n    viewerNextStatuses\n    ward {\n      id\n      code\n      name\n      fullName\n      province {\n        id\n        code\n        fullName\n      }\n    }\n    agency {\n      id\n      name\n    }\n    postOffice {\n      id\n      name\n    }\n    signatories {\n      party\n      name\n      title\n      signedOn\n    }\n    history {\n      sequence\n      fromStatus\n      toStatus\n      changedAt\n      changedBy\n      note\n    }\n  }\n": typeof types.AgreementDetailsFragmentDoc,
    "\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetails\n    }\n  }\n": typeof types.AgreementDocument,
    "\n  query AgreementReRead($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetails\n    }\n  }\n": typeof types.AgreementReReadDocument,
    "\n  mutation ChangeAgreementStatus($input: ChangeAgreementStatusInput!) {\n    changeAgreementStatus(input: $input) {\n      ...AgreementDetails\n    }\n  }\n": typeof types.ChangeAgreementStatusDocument,
    "\n  mutation RecordSignature($input: RecordSignatureInput!) {\n    recordSignature(input: $input) {\n      ...AgreementDetails\n    }\n  }\n": typeof types.RecordSignatureDocument,
    "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.CreateAgreementDocument,
    "\n  query Ward($code: String!) {\n    ward(code: $code) {\n      id\n      code\n      name\n      fullName\n      kind\n      validFrom\n      validTo\n      signingStatus\n      viewerCanStartAgreement\n      province {\n        id\n        code\n        fullName\n      }\n      servingAgency {\n        id\n        name\n      }\n      servingPostOffice {\n        id\n        name\n      }\n      currentAgreement {\n        id\n        status\n        version\n        referenceNumber\n        effectiveFrom\n        effectiveTo\n        updatedAt\n      }\n      agreements {\n        id\n        status\n        referenceNumber\n        signedOn\n        effectiveFrom\n        effectiveTo\n        updatedAt\n      }\n    }\n  }\n": typeof types.WardDocument,
    "\n  query CampaignResults {\n    campaigns {\n      id\n      name\n      description\n      startsOn\n      endsOn\n      scope\n      results {\n        id\n        scheme\n        participants\n        note\n        province {\n          id\n          code\n          name\n          nameEn\n        }\n      }\n      reportedTotals {\n        id\n        scheme\n        participants\n        note\n        source {\n          id\n          title\n          publisher\n          publishedOn\n          url\n        }\n      }\n      resultsByCurrentProvince {\n        scheme\n        participants\n        province {\n          id\n          code\n          name\n          nameEn\n        }\n        figures {\n          id\n          note\n          province {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": typeof types.CampaignResultsDocument,
    "\n  query DashboardViewer {\n    viewer {\n      id\n      role\n      agency {\n        id\n        province {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.DashboardViewerDocument,
    "\n  query ProvinceSigning($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      nameEn\n      kind\n      signingProgress {\n        asOf\n        totalWards\n        signed\n        signedNotYetInEffect\n        awaitingSignatures\n        drafting\n        notStarted\n        needsResigning\n        fractionSigned\n      }\n    }\n  }\n": typeof types.ProvinceSigningDocument,
    "\n  query LackingWards($code: String!) {\n    wardsLackingSignedAgreement(provinceCode: $code) {\n      id\n      code\n      name\n      kind\n      signingStatus\n      population {\n        inhabitants\n      }\n      currentAgreement {\n        id\n        status\n        updatedAt\n        agency {\n          id\n          name\n        }\n        postOffice {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LackingWardsDocument,
    "\n  fragment TargetProgressFields on TargetProgress {\n    scheme\n    year\n    achievedParticipants\n    achievedOn\n    fractionReached\n    target {\n      id\n      totalParticipants\n      retainedParticipants\n      newParticipants\n    }\n  }\n": typeof types.TargetProgressFieldsFragmentDoc,
    "\n  query ProvinceTargets($code: String!, $y0: Int!, $y1: Int!, $y2: Int!, $y3: Int!, $y4: Int!, $y5: Int!, $y6: Int!) {\n    province(code: $code) {\n      id\n      t0: targets(year: $y0) {\n        ...TargetProgressFields\n      }\n      t1: targets(year: $y1) {\n        ...TargetProgressFields\n      }\n      t2: targets(year: $y2) {\n        ...TargetProgressFields\n      }\n      t3: targets(year: $y3) {\n        ...TargetProgressFields\n      }\n      t4: targets(year: $y4) {\n        ...TargetProgressFields\n      }\n      t5: targets(year: $y5) {\n        ...TargetProgressFields\n      }\n      t6: targets(year: $y6) {\n        ...TargetProgressFields\n      }\n    }\n  }\n": typeof types.ProvinceTargetsDocument,
    "\n  query LatestChanges($first: Int!) {\n    auditRecords(first: $first) {\n      nodes {\n        id\n        occurredAt\n        actor\n        action\n        entityType\n        entityId\n        ward {\n          id\n          code\n          name\n        }\n        agreementStatusBefore\n        agreementStatusAfter\n      }\n    }\n  }\n": typeof types.LatestChangesDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query DeveloperViewer {\n    viewer {\n      id\n      agency {\n        id\n        province {\n          id\n          code\n          fullName\n        }\n      }\n      postOffice {\n        id\n        province {\n          id\n          code\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.DeveloperViewerDocument,
    "\n  query Provinces {\n    provinces {\n      id\n      code\n      name\n      fullName\n      kind\n    }\n  }\n": typeof types.ProvincesDocument,
    "\n  query WorkspaceWards($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      wards {\n        id\n        code\n        name\n        fullName\n        signingStatus\n        inViewerAgreementScope\n        currentAgreement {\n          id\n          status\n          version\n          referenceNumber\n          updatedAt\n          signatories {\n            party\n            signedOn\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceWardsDocument,
    "\n  query WorkspaceViewer {\n    viewer {\n      id\n      agency {\n        id\n        province {\n          id\n          code\n        }\n      }\n      postOffice {\n        id\n        name\n        province {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceViewerDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      role\n      agency {\n        id\n        name\n      }\n      postOffice {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      account {\n        id\n        displayName\n        role\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment AgreementDetails on Agreement {\n    id\n    status\n    version\n    referenceNumber\n    signedOn\n    effectiveFrom\n    effectiveTo\n    notes\n    updatedAt\n    viewerCanChange\n    viewerCanRecordSignature\n    viewerNextStatuses\n    ward {\n      id\n      code\n      name\n      fullName\n      province {\n        id\n        code\n        fullName\n      }\n    }\n    agency {\n      id\n      name\n    }\n    postOffice {\n      id\n      name\n    }\n    signatories {\n      party\n      name\n      title\n      signedOn\n    }\n    history {\n      sequence\n      fromStatus\n      toStatus\n      changedAt\n      changedBy\n      note\n    }\n  }\n": types.AgreementDetailsFragmentDoc,
    "\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetails\n    }\n  }\n": types.AgreementDocument,
    "\n  query AgreementReRead($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetails\n    }\n  }\n": types.AgreementReReadDocument,
    "\n  mutation ChangeAgreementStatus($input: ChangeAgreementStatusInput!) {\n    changeAgreementStatus(input: $input) {\n      ...AgreementDetails\n    }\n  }\n": types.ChangeAgreementStatusDocument,
    "\n  mutation RecordSignature($input: RecordSignatureInput!) {\n    recordSignature(input: $input) {\n      ...AgreementDetails\n    }\n  }\n": types.RecordSignatureDocument,
    "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.CreateAgreementDocument,
    "\n  query Ward($code: String!) {\n    ward(code: $code) {\n      id\n      code\n      name\n      fullName\n      kind\n      validFrom\n      validTo\n      signingStatus\n      viewerCanStartAgreement\n      province {\n        id\n        code\n        fullName\n      }\n      servingAgency {\n        id\n        name\n      }\n      servingPostOffice {\n        id\n        name\n      }\n      currentAgreement {\n        id\n        status\n        version\n        referenceNumber\n        effectiveFrom\n        effectiveTo\n        updatedAt\n      }\n      agreements {\n        id\n        status\n        referenceNumber\n        signedOn\n        effectiveFrom\n        effectiveTo\n        updatedAt\n      }\n    }\n  }\n": types.WardDocument,
    "\n  query CampaignResults {\n    campaigns {\n      id\n      name\n      description\n      startsOn\n      endsOn\n      scope\n      results {\n        id\n        scheme\n        participants\n        note\n        province {\n          id\n          code\n          name\n          nameEn\n        }\n      }\n      reportedTotals {\n        id\n        scheme\n        participants\n        note\n        source {\n          id\n          title\n          publisher\n          publishedOn\n          url\n        }\n      }\n      resultsByCurrentProvince {\n        scheme\n        participants\n        province {\n          id\n          code\n          name\n          nameEn\n        }\n        figures {\n          id\n          note\n          province {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": types.CampaignResultsDocument,
    "\n  query DashboardViewer {\n    viewer {\n      id\n      role\n      agency {\n        id\n        province {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.DashboardViewerDocument,
    "\n  query ProvinceSigning($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      nameEn\n      kind\n      signingProgress {\n        asOf\n        totalWards\n        signed\n        signedNotYetInEffect\n        awaitingSignatures\n        drafting\n        notStarted\n        needsResigning\n        fractionSigned\n      }\n    }\n  }\n": types.ProvinceSigningDocument,
    "\n  query LackingWards($code: String!) {\n    wardsLackingSignedAgreement(provinceCode: $code) {\n      id\n      code\n      name\n      kind\n      signingStatus\n      population {\n        inhabitants\n      }\n      currentAgreement {\n        id\n        status\n        updatedAt\n        agency {\n          id\n          name\n        }\n        postOffice {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LackingWardsDocument,
    "\n  fragment TargetProgressFields on TargetProgress {\n    scheme\n    year\n    achievedParticipants\n    achievedOn\n    fractionReached\n    target {\n      id\n      totalParticipants\n      retainedParticipants\n      newParticipants\n    }\n  }\n": types.TargetProgressFieldsFragmentDoc,
    "\n  query ProvinceTargets($code: String!, $y0: Int!, $y1: Int!, $y2: Int!, $y3: Int!, $y4: Int!, $y5: Int!, $y6: Int!) {\n    province(code: $code) {\n      id\n      t0: targets(year: $y0) {\n        ...TargetProgressFields\n      }\n      t1: targets(year: $y1) {\n        ...TargetProgressFields\n      }\n      t2: targets(year: $y2) {\n        ...TargetProgressFields\n      }\n      t3: targets(year: $y3) {\n        ...TargetProgressFields\n      }\n      t4: targets(year: $y4) {\n        ...TargetProgressFields\n      }\n      t5: targets(year: $y5) {\n        ...TargetProgressFields\n      }\n      t6: targets(year: $y6) {\n        ...TargetProgressFields\n      }\n    }\n  }\n": types.ProvinceTargetsDocument,
    "\n  query LatestChanges($first: Int!) {\n    auditRecords(first: $first) {\n      nodes {\n        id\n        occurredAt\n        actor\n        action\n        entityType\n        entityId\n        ward {\n          id\n          code\n          name\n        }\n        agreementStatusBefore\n        agreementStatusAfter\n      }\n    }\n  }\n": types.LatestChangesDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query DeveloperViewer {\n    viewer {\n      id\n      agency {\n        id\n        province {\n          id\n          code\n          fullName\n        }\n      }\n      postOffice {\n        id\n        province {\n          id\n          code\n          fullName\n        }\n      }\n    }\n  }\n": types.DeveloperViewerDocument,
    "\n  query Provinces {\n    provinces {\n      id\n      code\n      name\n      fullName\n      kind\n    }\n  }\n": types.ProvincesDocument,
    "\n  query WorkspaceWards($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      wards {\n        id\n        code\n        name\n        fullName\n        signingStatus\n        inViewerAgreementScope\n        currentAgreement {\n          id\n          status\n          version\n          referenceNumber\n          updatedAt\n          signatories {\n            party\n            signedOn\n          }\n        }\n      }\n    }\n  }\n": types.WorkspaceWardsDocument,
    "\n  query WorkspaceViewer {\n    viewer {\n      id\n      agency {\n        id\n        province {\n          id\n          code\n        }\n      }\n      postOffice {\n        id\n        name\n        province {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.WorkspaceViewerDocument,
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
export function graphql(source: "\n  fragment AgreementDetails on Agreement {\n    id\n    status\n    version\n    referenceNumber\n    signedOn\n    effectiveFrom\n    effectiveTo\n    notes\n    updatedAt\n    viewerCanChange\n    viewerCanRecordSignature\n    viewerNextStatuses\n    ward {\n      id\n      code\n      name\n      fullName\n      province {\n        id\n        code\n        fullName\n      }\n    }\n    agency {\n      id\n      name\n    }\n    postOffice {\n      id\n      name\n    }\n    signatories {\n      party\n      name\n      title\n      signedOn\n    }\n    history {\n      sequence\n      fromStatus\n      toStatus\n      changedAt\n      changedBy\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment AgreementDetails on Agreement {\n    id\n    status\n    version\n    referenceNumber\n    signedOn\n    effectiveFrom\n    effectiveTo\n    notes\n    updatedAt\n    viewerCanChange\n    viewerCanRecordSignature\n    viewerNextStatuses\n    ward {\n      id\n      code\n      name\n      fullName\n      province {\n        id\n        code\n        fullName\n      }\n    }\n    agency {\n      id\n      name\n    }\n    postOffice {\n      id\n      name\n    }\n    signatories {\n      party\n      name\n      title\n      signedOn\n    }\n    history {\n      sequence\n      fromStatus\n      toStatus\n      changedAt\n      changedBy\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetails\n    }\n  }\n"): (typeof documents)["\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementReRead($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetails\n    }\n  }\n"): (typeof documents)["\n  query AgreementReRead($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeAgreementStatus($input: ChangeAgreementStatusInput!) {\n    changeAgreementStatus(input: $input) {\n      ...AgreementDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeAgreementStatus($input: ChangeAgreementStatusInput!) {\n    changeAgreementStatus(input: $input) {\n      ...AgreementDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSignature($input: RecordSignatureInput!) {\n    recordSignature(input: $input) {\n      ...AgreementDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSignature($input: RecordSignatureInput!) {\n    recordSignature(input: $input) {\n      ...AgreementDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ward($code: String!) {\n    ward(code: $code) {\n      id\n      code\n      name\n      fullName\n      kind\n      validFrom\n      validTo\n      signingStatus\n      viewerCanStartAgreement\n      province {\n        id\n        code\n        fullName\n      }\n      servingAgency {\n        id\n        name\n      }\n      servingPostOffice {\n        id\n        name\n      }\n      currentAgreement {\n        id\n        status\n        version\n        referenceNumber\n        effectiveFrom\n        effectiveTo\n        updatedAt\n      }\n      agreements {\n        id\n        status\n        referenceNumber\n        signedOn\n        effectiveFrom\n        effectiveTo\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ward($code: String!) {\n    ward(code: $code) {\n      id\n      code\n      name\n      fullName\n      kind\n      validFrom\n      validTo\n      signingStatus\n      viewerCanStartAgreement\n      province {\n        id\n        code\n        fullName\n      }\n      servingAgency {\n        id\n        name\n      }\n      servingPostOffice {\n        id\n        name\n      }\n      currentAgreement {\n        id\n        status\n        version\n        referenceNumber\n        effectiveFrom\n        effectiveTo\n        updatedAt\n      }\n      agreements {\n        id\n        status\n        referenceNumber\n        signedOn\n        effectiveFrom\n        effectiveTo\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignResults {\n    campaigns {\n      id\n      name\n      description\n      startsOn\n      endsOn\n      scope\n      results {\n        id\n        scheme\n        participants\n        note\n        province {\n          id\n          code\n          name\n          nameEn\n        }\n      }\n      reportedTotals {\n        id\n        scheme\n        participants\n        note\n        source {\n          id\n          title\n          publisher\n          publishedOn\n          url\n        }\n      }\n      resultsByCurrentProvince {\n        scheme\n        participants\n        province {\n          id\n          code\n          name\n          nameEn\n        }\n        figures {\n          id\n          note\n          province {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignResults {\n    campaigns {\n      id\n      name\n      description\n      startsOn\n      endsOn\n      scope\n      results {\n        id\n        scheme\n        participants\n        note\n        province {\n          id\n          code\n          name\n          nameEn\n        }\n      }\n      reportedTotals {\n        id\n        scheme\n        participants\n        note\n        source {\n          id\n          title\n          publisher\n          publishedOn\n          url\n        }\n      }\n      resultsByCurrentProvince {\n        scheme\n        participants\n        province {\n          id\n          code\n          name\n          nameEn\n        }\n        figures {\n          id\n          note\n          province {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardViewer {\n    viewer {\n      id\n      role\n      agency {\n        id\n        province {\n          id\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardViewer {\n    viewer {\n      id\n      role\n      agency {\n        id\n        province {\n          id\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceSigning($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      nameEn\n      kind\n      signingProgress {\n        asOf\n        totalWards\n        signed\n        signedNotYetInEffect\n        awaitingSignatures\n        drafting\n        notStarted\n        needsResigning\n        fractionSigned\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvinceSigning($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      nameEn\n      kind\n      signingProgress {\n        asOf\n        totalWards\n        signed\n        signedNotYetInEffect\n        awaitingSignatures\n        drafting\n        notStarted\n        needsResigning\n        fractionSigned\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LackingWards($code: String!) {\n    wardsLackingSignedAgreement(provinceCode: $code) {\n      id\n      code\n      name\n      kind\n      signingStatus\n      population {\n        inhabitants\n      }\n      currentAgreement {\n        id\n        status\n        updatedAt\n        agency {\n          id\n          name\n        }\n        postOffice {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LackingWards($code: String!) {\n    wardsLackingSignedAgreement(provinceCode: $code) {\n      id\n      code\n      name\n      kind\n      signingStatus\n      population {\n        inhabitants\n      }\n      currentAgreement {\n        id\n        status\n        updatedAt\n        agency {\n          id\n          name\n        }\n        postOffice {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query LatestChanges($first: Int!) {\n    auditRecords(first: $first) {\n      nodes {\n        id\n        occurredAt\n        actor\n        action\n        entityType\n        entityId\n        ward {\n          id\n          code\n          name\n        }\n        agreementStatusBefore\n        agreementStatusAfter\n      }\n    }\n  }\n"): (typeof documents)["\n  query LatestChanges($first: Int!) {\n    auditRecords(first: $first) {\n      nodes {\n        id\n        occurredAt\n        actor\n        action\n        entityType\n        entityId\n        ward {\n          id\n          code\n          name\n        }\n        agreementStatusBefore\n        agreementStatusAfter\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query WorkspaceWards($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      wards {\n        id\n        code\n        name\n        fullName\n        signingStatus\n        inViewerAgreementScope\n        currentAgreement {\n          id\n          status\n          version\n          referenceNumber\n          updatedAt\n          signatories {\n            party\n            signedOn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceWards($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      wards {\n        id\n        code\n        name\n        fullName\n        signingStatus\n        inViewerAgreementScope\n        currentAgreement {\n          id\n          status\n          version\n          referenceNumber\n          updatedAt\n          signatories {\n            party\n            signedOn\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceViewer {\n    viewer {\n      id\n      agency {\n        id\n        province {\n          id\n          code\n        }\n      }\n      postOffice {\n        id\n        name\n        province {\n          id\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceViewer {\n    viewer {\n      id\n      agency {\n        id\n        province {\n          id\n          code\n        }\n      }\n      postOffice {\n        id\n        name\n        province {\n          id\n          code\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;