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

/** How a projection to the end of the year is made. */
export type ForecastMethod =
  /** Random walk with drift on the monthly figures: each month still to come adds the average monthly change so far; the interval widens with the months left. See docs/forecast.md. */
  | 'DRIFT';

/** Whether a provincial-level unit is a centrally run city (thành phố) or a province (tỉnh). */
export type ProvinceKind =
  /** Centrally run city (thành phố trực thuộc trung ương), such as Ho Chi Minh City. */
  | 'CITY'
  /** Province (tỉnh). */
  | 'PROVINCE';

/** The insurance schemes that Vietnam Post enrols people into. */
export type Scheme =
  /** Household health insurance (bảo hiểm y tế hộ gia đình). */
  | 'HOUSEHOLD_HEALTH_INSURANCE'
  /** Voluntary social insurance (bảo hiểm xã hội tự nguyện). */
  | 'VOLUNTARY_SOCIAL_INSURANCE';

export type TargetForecastsQueryVariables = Exact<{
  code: string;
  year: number;
}>;


export type TargetForecastsQuery = { province: { id: string, targets: Array<{ scheme: Scheme, target: { id: string, totalParticipants: number, forecast: { asOf: string, achieved: number, projected: number, low: number, high: number, monthlyPace: number, requiredMonthlyPace: number | null, onTrack: boolean, method: ForecastMethod, monthly: Array<{ monthEnd: string, participants: number }> } | null } }> } };

export type StalledAgreementsQueryVariables = Exact<{
  code: string;
}>;


export type StalledAgreementsQuery = { stalledAgreements: Array<{ status: AgreementStatus, daysIdle: number, idleSince: string, lastChangedBy: string, ward: { id: string, code: string, name: string }, agreement: { id: string } }> };

export type SigningOverTimeQueryVariables = Exact<{
  code: string;
}>;


export type SigningOverTimeQuery = { province: { id: string, signingOverTime: { since: string | null, totalWards: number, weeks: Array<{ weekStart: string, signings: number, wardsLacking: number }> } } };

export type PlanProvinceQueryVariables = Exact<{
  code: string;
}>;


export type PlanProvinceQuery = { province: { id: string, code: string, fullName: string, nameEn: string, kind: ProvinceKind } };


export const TargetForecastsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetForecasts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"projected"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPace"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMonthlyPace"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthEnd"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TargetForecastsQuery, TargetForecastsQueryVariables>;
export const StalledAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StalledAgreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stalledAgreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysIdle"}},{"kind":"Field","name":{"kind":"Name","value":"idleSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<StalledAgreementsQuery, StalledAgreementsQueryVariables>;
export const SigningOverTimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SigningOverTime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signingOverTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"totalWards"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"signings"}},{"kind":"Field","name":{"kind":"Name","value":"wardsLacking"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SigningOverTimeQuery, SigningOverTimeQueryVariables>;
export const PlanProvinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanProvince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<PlanProvinceQuery, PlanProvinceQueryVariables>;