import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, getNullableType, GraphQLError, isCompositeType, isListType } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../modules/agreements/agreements.service.js';

/**
 * The cost of a query is the number of objects it can make the server load, estimated before
 * anything runs: every object field counts 1, and a list multiplies what is below it by the most
 * items it can hold. Scalars are free: they come with their row. Sizes are generous upper bounds
 * for the real data, not the demo data, so a query that passes today still passes in production.
 */
export const LIST_SIZES: Record<string, number | ((args: Record<string, unknown>) => number)> = {
  // A province has a few hundred wards at most (Hà Nội had 579 before July 2025, 126 since).
  'Query.wardsLackingSignedAgreement': 600,
  'Query.resigningWorklist': 600,
  'Province.wards': 600,
  // 63 provincial units before July 2025, 34 since.
  'Query.provinces': 63,
  // Nationwide: the offices of every province (about 700 district offices before July 2025).
  'Query.agencies': (args) => (args['provinceCode'] ? 60 : 1_000),
  // Vietnam Post has a post point in nearly every commune: about 10,000 across the country.
  'Query.postOffices': (args) => (args['provinceCode'] ? 600 : 10_000),
  // A few a year; the list is not paged (yet), so this must grow with the data.
  'Query.campaigns': 20,
  'Ward.agreements': 10,
  'Ward.successors': 5,
  'Ward.predecessors': 20,
  // A new ward of 2025 joined a handful of old wards, each with the one or two agreements it signed.
  'Ward.predecessorAgreements': 10,
  'Province.predecessors': 5,
  'Ward.targets': 4,
  'Province.targets': 4,
  // Up to monthly periods, for two schemes and two measures.
  'Ward.participationFigures': 50,
  'Province.participationFigures': 50,
  // One sum per period, scheme, measure and source; each of the handful of units merged into one.
  'Ward.participationTotals': 50,
  'Province.participationTotals': 50,
  // One rate per total counting people covered; a province's population names its few sources.
  'Ward.participationRates': 50,
  'Province.participationRates': 50,
  'PopulationTotal.sources': 3,
  'ParticipationTotal.figures': 20,
  'Agreement.signatories': 3,
  'Agreement.history': 20,
  // One figure per province of the campaign's time (63 in 2020) and scheme.
  'Campaign.results': (args) => (args['scheme'] ? 65 : 130),
  'Campaign.reportedTotals': 5,
  // One sum per province of today (34) and scheme; each of up to a handful of merged units.
  'Campaign.resultsByCurrentProvince': (args) => (args['scheme'] ? 35 : 70),
  'CampaignResultByCurrentProvince.figures': 5,
  // A page: its size is the `first` of the field that returns the connection.
  'AgreementConnection.edges': 1,
  'AgreementConnection.nodes': 1,
  'AuditRecordConnection.edges': 1,
  'AuditRecordConnection.nodes': 1,
  // A person keeps a handful of tokens; accounts are a few per province.
  'Query.apiTokens': 20,
  'Query.accounts': 500,
  // An import reports every bad row (up to 20,000) and every flag, but they are scalars' holders
  // computed once: count them as a page rather than the worst case.
  'ImportResult.problems': 100,
  'ImportResult.flags': 100,
  // Capped by the service.
  'Query.participationFigureFlags': 1_000,
};

/** A list the table does not know yet: assume a mid-sized one rather than a single item. */
export const UNKNOWN_LIST_SIZE = 100;

/** How many items a field can return: `first` when it takes one, else the table above. */
function itemsOf(typeName: string, fieldName: string, returnsList: boolean, args: Record<string, unknown>): number {
  const first = args['first'];
  // Out-of-range page sizes are refused by the field itself with a clearer message; counting
  // them at the maximum lets that message through instead of a cost error.
  if (typeof first === 'number') return Math.min(Math.max(first, 1), MAX_PAGE_SIZE);
  if (!returnsList) return 1;
  const size = LIST_SIZES[`${typeName}.${fieldName}`] ?? UNKNOWN_LIST_SIZE;
  return typeof size === 'function' ? size(args) : size;
}

export const objectCountEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (!isCompositeType(getNamedType(field.type))) return 0;
  const returnsList = isListType(getNullableType(field.type));
  return itemsOf(type.name, field.name, returnsList, args) * (1 + childComplexity);
};

/** Stops before the complexity walk itself gets expensive (fragments can multiply it). */
const MAX_QUERY_NODES = 10_000;

/**
 * Rejects an operation whose estimated cost exceeds `maxCost` before it runs. A plugin rather
 * than a validation rule because the cost depends on the variables (`first: $first`).
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              estimators: [objectCountEstimator],
              variables: request.variables ?? {},
              maxQueryNodes: MAX_QUERY_NODES,
              ...(request.operationName ? { operationName: request.operationName } : {}),
            });
          } catch (error) {
            // Bad variables are reported by execution with their own message; a walk that
            // got too large is itself a sign of abuse.
            if (error instanceof GraphQLError && /number of nodes/.test(error.message)) throw tooCostly(maxCost, null);
            return;
          }
          if (cost > maxCost) throw tooCostly(maxCost, cost);
        },
      };
    },
  };
}

function tooCostly(maxCost: number, cost: number | null): GraphQLError {
  const found = cost === null ? 'found more' : `found ${cost}`;
  return new GraphQLError(
    `Query cost limit of ${maxCost} exceeded, ${found}: it could load too many objects. ` +
      'Ask for fewer nested lists, or narrow them (such as `provinceCode`, or a smaller `first`).',
    { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', http: { status: 400 } } },
  );
}
