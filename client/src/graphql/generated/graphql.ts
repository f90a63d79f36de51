/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a three-party agreement is in its life. */
export type AgreementStatus =
  /** Sent to the parties; one or more signatures are missing. */
  | 'AWAITING_SIGNATURES'
  /** Being drafted; not yet sent to the parties. */
  | 'DRAFTING'
  /** Reached the end of its term. */
  | 'EXPIRED'
  /** Signed by all three parties; binding from its effective date. */
  | 'SIGNED'
  /** Ended early by the parties. */
  | 'TERMINATED';

/** Whether a provincial-level unit is a centrally run city (thành phố) or a province (tỉnh). */
export type ProvinceKind =
  /** Centrally run city (thành phố trực thuộc trung ương), such as Ho Chi Minh City. */
  | 'CITY'
  /** Province (tỉnh). */
  | 'PROVINCE';

/** What an account may do. Every role reads; only some write, and only within their scope. */
export type Role =
  /** Everything, everywhere, including accounts. */
  | 'ADMIN'
  /** A post office’s coordinator: creates and advances agreements for the wards its post office serves. */
  | 'COORDINATOR'
  /** A social-insurance agency’s director: agreements, targets and participation figures within the agency’s province, and its audit trail. */
  | 'DIRECTOR'
  /** Reads everything an account can read; writes nothing. */
  | 'VIEWER';

/** The insurance schemes that Vietnam Post enrols people into. */
export type Scheme =
  /** Household health insurance (bảo hiểm y tế hộ gia đình). */
  | 'HOUSEHOLD_HEALTH_INSURANCE'
  /** Voluntary social insurance (bảo hiểm xã hội tự nguyện). */
  | 'VOLUNTARY_SOCIAL_INSURANCE';

/** Kind of commune-level unit. */
export type WardKind =
  /** Rural commune (xã). */
  | 'COMMUNE'
  /** Special zone (đặc khu), such as Côn Đảo; since 1 July 2025. */
  | 'SPECIAL_ZONE'
  /** Township (thị trấn); only before 1 July 2025, when districts still existed. */
  | 'TOWNSHIP'
  /** Urban ward (phường). */
  | 'WARD';

/** Where a ward stands in signing, judged from its current agreement on the day asked. */
export type WardSigningStatus =
  /** The current agreement awaits signatures. */
  | 'AWAITING_SIGNATURES'
  /** The current agreement is being drafted. */
  | 'DRAFTING'
  /** Nothing under way, and the ward never signed an agreement of its own, but units merged into it (1 July 2025) had signed theirs while they existed. Those agreements bound the old units and do not carry over: the ward must sign its own. See `Ward.predecessorAgreements` and `resigningWorklist`. */
  | 'NEEDS_RESIGNING'
  /** No agreement, or the last one was terminated, expired or has lapsed: nothing is under way (and nothing to re-sign, see `NEEDS_RESIGNING`). */
  | 'NOT_STARTED'
  /** A signed agreement is in effect. */
  | 'SIGNED'
  /** Signed, but its effective date is still ahead. */
  | 'SIGNED_NOT_YET_IN_EFFECT';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, email: string, displayName: string, role: Role, agency: { id: string, name: string } | null, postOffice: { id: string, name: string } | null } | null };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { account: { id: string, displayName: string, role: Role } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type DashboardViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardViewerQuery = { viewer: { id: string, role: Role, agency: { id: string, province: { id: string, code: string } | null } | null } | null };

export type ProvinceSigningQueryVariables = Exact<{
  code: string;
}>;


export type ProvinceSigningQuery = { province: { id: string, code: string, fullName: string, nameEn: string, kind: ProvinceKind, signingProgress: { asOf: string, totalWards: number, signed: number, signedNotYetInEffect: number, awaitingSignatures: number, drafting: number, notStarted: number, fractionSigned: number } } };

export type LackingWardsQueryVariables = Exact<{
  code: string;
}>;


export type LackingWardsQuery = { wardsLackingSignedAgreement: Array<{ id: string, code: string, name: string, kind: WardKind, currentAgreement: { id: string, status: AgreementStatus, updatedAt: unknown, agency: { id: string, name: string }, postOffice: { id: string, name: string } } | null }> };

export type TargetProgressFieldsFragment = { scheme: Scheme, year: number, achievedParticipants: number | null, achievedOn: string | null, fractionReached: number | null, target: { id: string, totalParticipants: number, retainedParticipants: number | null, newParticipants: number | null } };

export type ProvinceTargetsQueryVariables = Exact<{
  code: string;
  y0: number;
  y1: number;
  y2: number;
  y3: number;
  y4: number;
  y5: number;
  y6: number;
}>;


export type ProvinceTargetsQuery = { province: { id: string, t0: Array<{ scheme: Scheme, year: number, achievedParticipants: number | null, achievedOn: string | null, fractionReached: number | null, target: { id: string, totalParticipants: number, retainedParticipants: number | null, newParticipants: number | null } }>, t1: Array<{ scheme: Scheme, year: number, achievedParticipants: number | null, achievedOn: string | null, fractionReached: number | null, target: { id: string, totalParticipants: number, retainedParticipants: number | null, newParticipants: number | null } }>, t2: Array<{ scheme: Scheme, year: number, achievedParticipants: number | null, achievedOn: string | null, fractionReached: number | null, target: { id: string, totalParticipants: number, retainedParticipants: number | null, newParticipants: number | null } }>, t3: Array<{ scheme: Scheme, year: number, achievedParticipants: number | null, achievedOn: string | null, fractionReached: number | null, target: { id: string, totalParticipants: number, retainedParticipants: number | null, newParticipants: number | null } }>, t4: Array<{ scheme: Scheme, year: number, achievedParticipants: number | null, achievedOn: string | null, fractionReached: number | null, target: { id: string, totalParticipants: number, retainedParticipants: number | null, newParticipants: number | null } }>, t5: Array<{ scheme: Scheme, year: number, achievedParticipants: number | null, achievedOn: string | null, fractionReached: number | null, target: { id: string, totalParticipants: number, retainedParticipants: number | null, newParticipants: number | null } }>, t6: Array<{ scheme: Scheme, year: number, achievedParticipants: number | null, achievedOn: string | null, fractionReached: number | null, target: { id: string, totalParticipants: number, retainedParticipants: number | null, newParticipants: number | null } }> } };

export type LatestChangesQueryVariables = Exact<{
  first: number;
}>;


export type LatestChangesQuery = { auditRecords: { nodes: Array<{ id: string, occurredAt: unknown, actor: string, action: string, entityType: string, entityId: string }> } };

export type ProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvincesQuery = { provinces: Array<{ id: string, code: string, name: string, fullName: string, kind: ProvinceKind }> };

export type ProvinceWardsQueryVariables = Exact<{
  code: string;
}>;


export type ProvinceWardsQuery = { province: { id: string, code: string, fullName: string, signingProgress: { totalWards: number, signed: number, signedNotYetInEffect: number, awaitingSignatures: number, drafting: number, notStarted: number }, wards: Array<{ id: string, code: string, name: string, fullName: string, kind: WardKind, signingStatus: WardSigningStatus }> } };

export const TargetProgressFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"achievedParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"achievedOn"}},{"kind":"Field","name":{"kind":"Name","value":"fractionReached"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"retainedParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"newParticipants"}}]}}]}}]} as unknown as DocumentNode<TargetProgressFieldsFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const DashboardViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardViewerQuery, DashboardViewerQueryVariables>;
export const ProvinceSigningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceSigning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"signingProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"totalWards"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"signedNotYetInEffect"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingSignatures"}},{"kind":"Field","name":{"kind":"Name","value":"drafting"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"fractionSigned"}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceSigningQuery, ProvinceSigningQueryVariables>;
export const LackingWardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LackingWards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wardsLackingSignedAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"currentAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LackingWardsQuery, LackingWardsQueryVariables>;
export const ProvinceTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y0"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y4"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y5"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y6"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"t0"},"name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y0"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetProgressFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"t1"},"name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetProgressFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"t2"},"name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetProgressFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"t3"},"name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetProgressFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"t4"},"name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y4"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetProgressFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"t5"},"name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y5"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetProgressFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"t6"},"name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y6"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetProgressFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"achievedParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"achievedOn"}},{"kind":"Field","name":{"kind":"Name","value":"fractionReached"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"retainedParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"newParticipants"}}]}}]}}]} as unknown as DocumentNode<ProvinceTargetsQuery, ProvinceTargetsQueryVariables>;
export const LatestChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}}]}}]} as unknown as DocumentNode<LatestChangesQuery, LatestChangesQueryVariables>;
export const ProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ProvincesQuery, ProvincesQueryVariables>;
export const ProvinceWardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceWards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"signingProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalWards"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"signedNotYetInEffect"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingSignatures"}},{"kind":"Field","name":{"kind":"Name","value":"drafting"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"signingStatus"}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceWardsQuery, ProvinceWardsQueryVariables>;