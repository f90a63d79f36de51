import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
// Imported in the order the Query type lists their fields in schema.graphql (TypeGraphQL records
// fields as modules load): the headline question first, then geography, agreements, the rest.
import { WardSigningResolver } from '../modules/agreements/ward-signing.resolver.js';
import { ProvinceResolver } from '../modules/geography/province.resolver.js';
import { WardResolver } from '../modules/geography/ward.resolver.js';
import { ProvinceSigningResolver } from '../modules/agreements/province-signing.resolver.js';
import { AgreementResolver } from '../modules/agreements/agreement.resolver.js';
import { ResigningResolver } from '../modules/agreements/resigning.resolver.js';
import { StalledAgreementsResolver } from '../modules/agreements/stalled-agreements.resolver.js';
import {
  AgencyResolver,
  PostOfficeResolver,
  WardServiceUnitsResolver,
} from '../modules/organisations/service-units.resolver.js';
import { ProvinceTargetsResolver } from '../modules/targets/province-targets.resolver.js';
import { TargetResolver } from '../modules/targets/target.resolver.js';
import { TargetForecastResolver } from '../modules/targets/target-forecast.resolver.js';
import { WardTargetsResolver } from '../modules/targets/ward-targets.resolver.js';
import { CampaignResolver } from '../modules/campaigns/campaign.resolver.js';
import { ParticipationFigureResolver } from '../modules/participation/participation-figure.resolver.js';
import { ProvinceParticipationResolver } from '../modules/participation/province-participation.resolver.js';
import { WardParticipationResolver } from '../modules/participation/ward-participation.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuditRecordWardResolver } from '../modules/audit/audit-record-ward.resolver.js';
import { AuditRecordAgreementResolver } from '../modules/agreements/audit-record-agreement.resolver.js';
import { SessionResolver } from '../modules/accounts/session.resolver.js';
import { ApiTokenResolver } from '../modules/accounts/api-token.resolver.js';
import { AccountResolver } from '../modules/accounts/account.resolver.js';
import { AgreementMutationsResolver } from '../modules/agreements/agreement-mutations.resolver.js';
import { TargetMutationsResolver } from '../modules/targets/target-mutations.resolver.js';
import { ParticipationMutationsResolver } from '../modules/participation/participation-mutations.resolver.js';
import { FigureImportsResolver } from '../modules/imports/figures/figure-imports.resolver.js';
import { AgreementCapabilitiesResolver } from '../modules/agreements/agreement-capabilities.resolver.js';
import { WardCapabilitiesResolver } from '../modules/agreements/ward-capabilities.resolver.js';
import { ProvinceTargetCapabilitiesResolver } from '../modules/targets/province-target-capabilities.resolver.js';
import { ProvinceFigureCapabilitiesResolver } from '../modules/participation/province-figure-capabilities.resolver.js';
import { WardPlaceResolver } from '../modules/places/ward-place.resolver.js';
import { ProvincePlaceResolver } from '../modules/places/province-place.resolver.js';
import { SigningPopulationResolver } from '../modules/places/signing-population.resolver.js';
import { LiveSigningResolver } from '../modules/agreements/live-signing.resolver.js';
import { checkRole } from '../modules/access/auth-checker.js';
import { answerPlainRowsFirst } from './plain-field-answers.js';

/** Every resolver class of the API; the schema is built from these and nothing else. */
export const resolvers = [
  WardSigningResolver,
  ProvinceResolver,
  WardResolver,
  ProvinceSigningResolver,
  AgreementResolver,
  ResigningResolver,
  StalledAgreementsResolver,
  AgencyResolver,
  PostOfficeResolver,
  WardServiceUnitsResolver,
  ProvinceTargetsResolver,
  WardTargetsResolver,
  TargetResolver,
  TargetForecastResolver,
  CampaignResolver,
  ParticipationFigureResolver,
  ProvinceParticipationResolver,
  WardParticipationResolver,
  AuditResolver,
  AuditRecordWardResolver,
  AuditRecordAgreementResolver,
  SessionResolver,
  ApiTokenResolver,
  AccountResolver,
  AgreementMutationsResolver,
  TargetMutationsResolver,
  ParticipationMutationsResolver,
  FigureImportsResolver,
  AgreementCapabilitiesResolver,
  WardCapabilitiesResolver,
  ProvinceTargetCapabilitiesResolver,
  ProvinceFigureCapabilitiesResolver,
  WardPlaceResolver,
  ProvincePlaceResolver,
  SigningPopulationResolver,
  LiveSigningResolver,
] as const;

/**
 * Every object type is declared with `simpleResolvers: true`: a plain field (a column, a property
 * of a computed object) is then read by graphql-js's default resolver instead of through
 * TypeGraphQL's middleware chain, which ran for each of the thousands of fields of a large
 * answer. Field resolvers and `@Authorized` queries are unaffected; a field that needs a role
 * check or middleware of its own must say `simple: false`.
 */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    // Inputs are validated by each module's own input rules, not by class-validator.
    validate: false,
    // `@Authorized(...)` on every query and mutation; the checker throws our own errors.
    authChecker: checkRole,
    authMode: 'error',
    // TypeGraphQL insists on one; our subscriptions bring their own source (`subscribe`, fed by
    // server/src/live/ through the context), so topics are never published here.
    pubSub: {
      publish: () => {
        throw new Error('Subscriptions are fed by server/src/live/, not by TypeGraphQL topics');
      },
      subscribe: () => {
        throw new Error('Subscriptions are fed by server/src/live/, not by TypeGraphQL topics');
      },
    },
  });
  // The hot reads' plain rows answer the fields that declare how (`AnsweredFromPlainRows`).
  return answerPlainRowsFirst(schema);
}
