import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../modules/agreements/agreements.service.js';
import type { CostlyQueryGate } from './costly-query-gate.js';
import { variablesKey, type EarlyAdmission } from './early-admission.js';
import { introspectionListSizes } from './introspection-cost.js';

/**
 * The cost of a query is the number of database rows it can make the server read, estimated
 * before anything runs. Each object returned counts one row; a list multiplies what is below
 * it by the most items it can hold; and a field that reads more rows than it returns (a ward's
 * `signingStatus` reads its agreements and those of the units merged into it) adds that work,
 * from WORK_PER_OBJECT, once for every object it is asked on. Aliases pay in full: each is
 * resolved on its own. Sizes are generous upper bounds for the real data, not the demo data, so
 * a query that passes today still passes in production, and query-cost.test.ts checks that
 * the estimate stays above the rows a spread of queries really reads.
 */
export const LIST_SIZES: Record<string, number | ((args: Record<string, unknown>) => number)> = {
  // A province has a few hundred wards at most (Hà Nội had 579 before July 2025, 126 since).
  'Query.wardsLackingSignedAgreement': 600,
  'Query.resigningWorklist': 600,
  'Province.wards': 600,
  // Open agreements: at most one per ward.
  'Query.stalledAgreements': 600,
  'ReminderDigest.agreements': 600,
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
  'TargetForecast.monthly': 12,
  // Weeks since a drive began: five years at most.
  'SigningOverTime.weeks': 260,
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

type Work = number | ((args: Record<string, unknown>) => number);

const WARDS_OF_A_PROVINCE = 600;
/**
 * Realistic upper bounds of what one unit holds, for the work below (list fields keep their
 * own, rounder sizes above): the 2025 reform joined two to five communes into one, rarely up to
 * eight; a ward signs an agreement every few years, each going through a handful of statuses.
 */
const PREDECESSORS_OF_A_WARD = 8;
const AGREEMENTS_OF_A_WARD = 5;
const AGREEMENTS_OF_A_PREDECESSOR = 2;
const CHANGES_OF_AN_AGREEMENT = 6;
/** Figures of one unit in one year: monthly, for two schemes and two measures. */
const FIGURES_OF_A_UNIT_YEAR = 48;
/** Stock figures (one measure), which targets are judged by. */
const STOCK_FIGURES_OF_A_UNIT_YEAR = 24;
/** A province of today, the provinces merged into it (at most three), and all their wards. */
const UNITS_COUNTING_TOWARD_A_PROVINCE = 1_100;
/** An export without a year covers every year kept: a few, since the 2020 campaign. */
const YEARS_IN_AN_EXPORT = 4;

/**
 * Where a ward stands in signing (agreement-loaders.ts `standingsOn`): its agreements, and for
 * a ward that never signed, its predecessors and their agreements; on a past day (`asOf`) the
 * status history of its agreements too. Shared by the fields that ask in one request, but each
 * is priced in full: an upper bound.
 */
function standingOfAWard(args: Record<string, unknown>): number {
  const today = AGREEMENTS_OF_A_WARD + PREDECESSORS_OF_A_WARD * (1 + AGREEMENTS_OF_A_PREDECESSOR);
  return args['asOf'] ? today + AGREEMENTS_OF_A_WARD * CHANGES_OF_AN_AGREEMENT : today;
}

/** The serving office of a ward: the offices given for it, those offices, the provincial unit. */
const SERVING_UNIT = 3;
/** The viewer's scope for one unit (its province); the scope itself is read once per request. */
const SCOPE_CHECK = 1;

/**
 * Rows a field reads for each object it is asked on, beyond the objects it returns (those are
 * counted by the list sizes above). A computed field belongs here with its price: a field that
 * reads rows and is missing from this table lets a query slip under the limit.
 */
export const WORK_PER_OBJECT: Record<string, Work> = {
  'Query.province': 1,
  'Query.ward': 1,
  // The province, then (as objects) the wards lacking a signed agreement.
  'Query.wardsLackingSignedAgreement': 1,
  // The province, all its wards and their standing; the worklist is the ones left.
  'Query.resigningWorklist': (args) => 1 + WARDS_OF_A_PROVINCE * (1 + standingOfAWard(args)),
  'Ward.signingStatus': standingOfAWard,
  'Ward.currentAgreement': standingOfAWard,
  // The predecessors and all their agreements; only the signed ones are returned.
  'Ward.predecessorAgreements': PREDECESSORS_OF_A_WARD * (1 + AGREEMENTS_OF_A_PREDECESSOR),
  'Ward.predecessors': 0,
  'Ward.viewerCanStartAgreement': AGREEMENTS_OF_A_WARD + SCOPE_CHECK,
  'Ward.inViewerAgreementScope': SCOPE_CHECK,
  'Ward.servingAgency': SERVING_UNIT,
  'Ward.servingPostOffice': SERVING_UNIT,
  // Its targets and those of the wards merged into it, and each such ward's stock figures.
  'Ward.targets': PREDECESSORS_OF_A_WARD + (1 + PREDECESSORS_OF_A_WARD) * STOCK_FIGURES_OF_A_UNIT_YEAR,
  // Its figures of the year and those of the wards merged into it, summed (both measures).
  'Ward.participationTotals': PREDECESSORS_OF_A_WARD + (1 + PREDECESSORS_OF_A_WARD) * FIGURES_OF_A_UNIT_YEAR,
  'Ward.participationFigures': 0,
  // Filtering by status reads every ward's standing, not only the ones kept.
  'Province.wards': (args) => (args['signingStatus'] ? WARDS_OF_A_PROVINCE * standingOfAWard(args) : 0),
  'Province.signingProgress': (args) => WARDS_OF_A_PROVINCE * (1 + standingOfAWard(args)),
  // Targets count the stock figures of the year of the province and of all its wards.
  'Province.targets': UNITS_COUNTING_TOWARD_A_PROVINCE * STOCK_FIGURES_OF_A_UNIT_YEAR,
  // Its own figures and those of the (at most five) provinces merged into it, summed.
  'Province.participationTotals': 5 + 6 * FIGURES_OF_A_UNIT_YEAR,
  'Province.viewerCanSetTargets': SCOPE_CHECK,
  'Province.viewerCanRecordFigures': SCOPE_CHECK,
  'Agreement.viewerCanChange': SCOPE_CHECK,
  'Agreement.viewerCanRecordSignature': SCOPE_CHECK,
  'Agreement.viewerNextStatuses': SCOPE_CHECK + 3,
  // A page reads one row more than it returns, and counts the rest.
  'Query.agreements': 2,
  'Query.auditRecords': 2,
  // A CSV export reads every unit's rows and returns one string.
  'Query.participationFiguresCsv': (args) =>
    UNITS_COUNTING_TOWARD_A_PROVINCE * FIGURES_OF_A_UNIT_YEAR * (args['year'] ? 1 : YEARS_IN_AN_EXPORT),
  // Every ward, its agreements, and the chosen one's parties and signatories.
  'Query.agreementStatusesCsv': 1 + WARDS_OF_A_PROVINCE * (1 + AGREEMENTS_OF_A_WARD + 5),
};

/** How many items a field can return: `first` when it takes one, else the table above. */
function itemsOf(
  typeName: string,
  fieldName: string,
  returnsList: boolean,
  args: Record<string, unknown>,
  introspection: Map<string, number>,
): number {
  const first = args['first'];
  // Out-of-range page sizes are refused by the field itself with a clearer message; counting
  // them at the maximum lets that message through instead of a cost error.
  if (typeof first === 'number') return Math.min(Math.max(first, 1), MAX_PAGE_SIZE);
  if (!returnsList) return 1;
  const key = `${typeName}.${fieldName}`;
  const size = introspection.get(key) ?? LIST_SIZES[key] ?? UNKNOWN_LIST_SIZE;
  return typeof size === 'function' ? size(args) : size;
}

function workOf(typeName: string, fieldName: string, args: Record<string, unknown>): number {
  const work = WORK_PER_OBJECT[`${typeName}.${fieldName}`] ?? 0;
  return typeof work === 'function' ? work(args) : work;
}

/** Rows of each field: its work, plus its objects times one row and what is below each. */
export function rowCountEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const introspection = introspectionListSizes(schema);
  return ({ type, field, args, childComplexity }) => {
    const work = workOf(type.name, field.name, args);
    if (!isCompositeType(getNamedType(field.type))) return work;
    const returnsList = isListType(getNullableType(field.type));
    return work + itemsOf(type.name, field.name, returnsList, args, introspection) * (1 + childComplexity);
  };
}

/** Stops before the complexity walk itself gets expensive (fragments can multiply it). */
const MAX_QUERY_NODES = 10_000;

/** The estimated rows of an operation; null when the walk gave up because it grew too large. */
export function estimateRows(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number | null {
  try {
    return getComplexity({
      schema,
      query: document,
      estimators: [rowCountEstimator(schema)],
      variables,
      maxQueryNodes: MAX_QUERY_NODES,
      ...(operationName ? { operationName } : {}),
    });
  } catch (error) {
    if (error instanceof GraphQLError && /number of nodes/.test(error.message)) return null;
    throw error;
  }
}

/**
 * Apollo parses and validates each distinct document once and hands the same syntax tree to
 * every request that sends it; the estimate is kept beside it, per variables, so a client
 * repeating one query pays for the walk once. Bounded per document: a client sending ever new
 * variables only ever fills one small map.
 */
const estimates = new WeakMap<DocumentNode, Map<string, number | null>>();
const ESTIMATES_PER_DOCUMENT = 100;

function cachedEstimate(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
): number | null {
  let known = estimates.get(document);
  if (!known) estimates.set(document, (known = new Map()));
  const key = variablesKey({ operationName, variables });
  if (known.has(key)) return known.get(key)!;
  const cost = estimateRows(schema, document, variables, operationName);
  if (known.size >= ESTIMATES_PER_DOCUMENT) known.clear();
  known.set(key, cost);
  return cost;
}

/**
 * Rejects an operation whose estimated cost exceeds `maxCost` before it runs, and sends the
 * costly ones it accepts through `gate`, one at a time: here, unless the HTTP handler already
 * made the request wait for its turn (`early`, which learns from here which texts are costly).
 * A plugin rather than a validation rule because the cost depends on the variables (`first: $first`).
 */
export function costLimitPlugin(maxCost: number, gate: CostlyQueryGate, early: EarlyAdmission): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let release: (() => void) | null = null;
      let answered = false;
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          let cost: number | null;
          try {
            cost = cachedEstimate(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          } catch {
            // Bad variables are reported by execution with their own message.
            return;
          }
          // A walk that got too large is itself a sign of abuse.
          if (cost === null) throw tooCostly(maxCost, null);
          if (cost > maxCost) throw tooCostly(maxCost, cost);
          if (operation?.operation !== 'query' || isIntrospectionOnly(operation)) return;
          early.remember(request, cost);
          const decided = early.decision(request.http);
          // Turned away, or given its turn (then the handler hands it on), before Apollo started.
          if (decided) throw decided;
          if (decided === null) return;
          const leave = await gate.enter(cost);
          // Apollo runs every plugin's check side by side and answers as soon as one refuses: a
          // query turned away by another check while it waited here has had its answer sent, and
          // the turn it is given now would never be handed on, and no costly query would run again.
          if (answered) leave();
          else release = leave;
        },
        async willSendResponse() {
          answered = true;
          release?.();
          release = null;
        },
      };
    },
  };
}

/** `{ __schema … }` and the like: answered from the schema in memory, never from the database. */
function isIntrospectionOnly(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'),
  );
}

function tooCostly(maxCost: number, cost: number | null): GraphQLError {
  const found = cost === null ? 'found more' : `found ${cost}`;
  return new GraphQLError(
    `Query cost limit of ${maxCost} exceeded, ${found}: it could read too many rows. ` +
      'Ask for fewer nested lists or computed fields, or narrow them (such as `provinceCode`, or a smaller `first`).',
    { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', http: { status: 400 } } },
  );
}
