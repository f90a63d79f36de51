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
    "\n  query TargetForecasts($code: String!, $year: Int!) {\n    province(code: $code) {\n      id\n      targets(year: $year) {\n        scheme\n        target {\n          id\n          totalParticipants\n          forecast {\n            asOf\n            achieved\n            projected\n            low\n            high\n            monthlyPace\n            requiredMonthlyPace\n            onTrack\n            method\n            monthly {\n              monthEnd\n              participants\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TargetForecastsDocument,
    "\n  query StalledAgreements($code: String!) {\n    stalledAgreements(provinceCode: $code) {\n      status\n      daysIdle\n      idleSince\n      lastChangedBy\n      ward {\n        id\n        code\n        name\n      }\n      agreement {\n        id\n      }\n    }\n  }\n": typeof types.StalledAgreementsDocument,
    "\n  query SigningOverTime($code: String!) {\n    province(code: $code) {\n      id\n      signingOverTime {\n        since\n        totalWards\n        weeks {\n          weekStart\n          signings\n          wardsLacking\n        }\n      }\n    }\n  }\n": typeof types.SigningOverTimeDocument,
    "\n  query PlanProvince($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      nameEn\n      kind\n    }\n  }\n": typeof types.PlanProvinceDocument,
};
const documents: Documents = {
    "\n  query TargetForecasts($code: String!, $year: Int!) {\n    province(code: $code) {\n      id\n      targets(year: $year) {\n        scheme\n        target {\n          id\n          totalParticipants\n          forecast {\n            asOf\n            achieved\n            projected\n            low\n            high\n            monthlyPace\n            requiredMonthlyPace\n            onTrack\n            method\n            monthly {\n              monthEnd\n              participants\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TargetForecastsDocument,
    "\n  query StalledAgreements($code: String!) {\n    stalledAgreements(provinceCode: $code) {\n      status\n      daysIdle\n      idleSince\n      lastChangedBy\n      ward {\n        id\n        code\n        name\n      }\n      agreement {\n        id\n      }\n    }\n  }\n": types.StalledAgreementsDocument,
    "\n  query SigningOverTime($code: String!) {\n    province(code: $code) {\n      id\n      signingOverTime {\n        since\n        totalWards\n        weeks {\n          weekStart\n          signings\n          wardsLacking\n        }\n      }\n    }\n  }\n": types.SigningOverTimeDocument,
    "\n  query PlanProvince($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      nameEn\n      kind\n    }\n  }\n": types.PlanProvinceDocument,
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
export function graphql(source: "\n  query TargetForecasts($code: String!, $year: Int!) {\n    province(code: $code) {\n      id\n      targets(year: $year) {\n        scheme\n        target {\n          id\n          totalParticipants\n          forecast {\n            asOf\n            achieved\n            projected\n            low\n            high\n            monthlyPace\n            requiredMonthlyPace\n            onTrack\n            method\n            monthly {\n              monthEnd\n              participants\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TargetForecasts($code: String!, $year: Int!) {\n    province(code: $code) {\n      id\n      targets(year: $year) {\n        scheme\n        target {\n          id\n          totalParticipants\n          forecast {\n            asOf\n            achieved\n            projected\n            low\n            high\n            monthlyPace\n            requiredMonthlyPace\n            onTrack\n            method\n            monthly {\n              monthEnd\n              participants\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StalledAgreements($code: String!) {\n    stalledAgreements(provinceCode: $code) {\n      status\n      daysIdle\n      idleSince\n      lastChangedBy\n      ward {\n        id\n        code\n        name\n      }\n      agreement {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query StalledAgreements($code: String!) {\n    stalledAgreements(provinceCode: $code) {\n      status\n      daysIdle\n      idleSince\n      lastChangedBy\n      ward {\n        id\n        code\n        name\n      }\n      agreement {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SigningOverTime($code: String!) {\n    province(code: $code) {\n      id\n      signingOverTime {\n        since\n        totalWards\n        weeks {\n          weekStart\n          signings\n          wardsLacking\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SigningOverTime($code: String!) {\n    province(code: $code) {\n      id\n      signingOverTime {\n        since\n        totalWards\n        weeks {\n          weekStart\n          signings\n          wardsLacking\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanProvince($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      nameEn\n      kind\n    }\n  }\n"): (typeof documents)["\n  query PlanProvince($code: String!) {\n    province(code: $code) {\n      id\n      code\n      fullName\n      nameEn\n      kind\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;