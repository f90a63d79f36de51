/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether a provincial-level unit is a centrally run city (thành phố) or a province (tỉnh). */
export type ProvinceKind =
  /** Centrally run city (thành phố trực thuộc trung ương), such as Ho Chi Minh City. */
  | 'CITY'
  /** Province (tỉnh). */
  | 'PROVINCE';

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
  /** No agreement, or the last one was terminated, expired or has lapsed: nothing is under way. */
  | 'NOT_STARTED'
  /** A signed agreement is in effect. */
  | 'SIGNED'
  /** Signed, but its effective date is still ahead. */
  | 'SIGNED_NOT_YET_IN_EFFECT';

export type ProvinceWardsQueryVariables = Exact<{
  code: string;
}>;


export type ProvinceWardsQuery = { province: { id: string, code: string, fullName: string, signingProgress: { totalWards: number, signed: number, signedNotYetInEffect: number, awaitingSignatures: number, drafting: number, notStarted: number }, wards: Array<{ id: string, code: string, name: string, fullName: string, kind: WardKind, signingStatus: WardSigningStatus }> } };

export type ProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvincesQuery = { provinces: Array<{ id: string, code: string, name: string, fullName: string, kind: ProvinceKind }> };


export const ProvinceWardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceWards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"signingProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalWards"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"signedNotYetInEffect"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingSignatures"}},{"kind":"Field","name":{"kind":"Name","value":"drafting"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"signingStatus"}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceWardsQuery, ProvinceWardsQueryVariables>;
export const ProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ProvincesQuery, ProvincesQueryVariables>;