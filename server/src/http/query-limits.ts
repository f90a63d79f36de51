import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext } from 'graphql';
import { CostlyQueryGate } from './costly-query-gate.js';
import { EarlyAdmission } from './early-admission.js';
import { costLimitPlugin } from './query-cost.js';

/** How large a GraphQL operation may be; each is set by an environment variable (config.ts). */
export type QueryLimits = {
  /** Nested fields, counting the top one: `{ province { wards { code } } }` is 3 deep. */
  maxDepth: number;
  /** Aliased fields in one operation (`a: province(…) b: province(…)`); `__typename` is free. */
  maxAliases: number;
  /** Lexical tokens (names, punctuation, values) in the document, checked while parsing. */
  maxTokens: number;
  /** Estimated database rows the operation can read (see query-cost.ts). */
  maxCost: number;
  /** Queries estimated above this many rows take turns (costly-query-gate.ts). */
  costlyQueryCost: number;
  /** Costly queries that run at once. */
  costlyQueryConcurrency: number;
  /** Costly queries that may wait for a turn; one more gets 503 `SERVER_BUSY`. */
  costlyQueryQueue: number;
  /** Milliseconds a costly query waits for its turn before it gets 503 `SERVER_BUSY`. */
  costlyQueryWaitMs: number;
};

/** Everything that guards the GraphQL endpoint beyond authentication, as configured. */
export type GraphQLGuards = {
  limits: QueryLimits;
  /** Answer `__schema` and `__type` queries (tools such as GraphiQL need it). */
  introspection: boolean;
  /** Say "Did you mean …?" in validation errors, which reveals field names to strangers. */
  fieldSuggestions: boolean;
};

/**
 * Defaults with room above every legitimate query in the repository (the app's documents, the
 * examples of docs/api.md and the tests; query-limits.test.ts holds the first two to them). The
 * deepest is 6 levels, the longest 82 tokens (GraphiQL's introspection query: 184), the most
 * aliases 4. Cost is in rows read (query-cost.ts): the headline query with its parties is about
 * 39,000, a province's dashboard at most 84,000, the standard introspection query 83,000; 30
 * aliases of a province's wards with their signing status, about 1.08 million, are refused. A query over
 * 100,000 waits its turn behind other such queries rather than crowding out the cheap ones; one
 * at a time, since on SQLite every statement holds the event loop. A 6-alias one takes about 20 ms
 * on a quiet machine, so 100 waiting is about 2 s of work and 10 s of waiting means overload.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 30,
  maxTokens: 1_000,
  maxCost: 250_000,
  costlyQueryCost: 100_000,
  costlyQueryConcurrency: 1,
  costlyQueryQueue: 100,
  costlyQueryWaitMs: 10_000,
};

/**
 * Fragments spread inside fragments multiply selections without adding tokens. Apollo counts
 * them first, cheaply, and runs the other limits only on documents under this number.
 */
const MAX_RECURSIVE_SELECTIONS = 5_000;

/** Armor's messages start "Syntax Error:", which these are not; the limit is named instead. */
function reportAs(limit: 'depth' | 'aliases') {
  return (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { limit } }));
  };
}

/** The costly-query gate, and the HTTP handler's early way into it (early-admission.ts). */
export type CostlyQueryTurns = { gate: CostlyQueryGate; early: EarlyAdmission };

/** One gate per server: the cost plugin and the HTTP handler must share it. */
export function costlyQueryTurns(limits: QueryLimits): CostlyQueryTurns {
  const gate = costlyQueryGate(limits);
  return { gate, early: new EarlyAdmission(gate) };
}

/** The Apollo Server options that enforce the limits. */
export function queryLimitOptions(
  limits: QueryLimits,
  turns: CostlyQueryTurns = costlyQueryTurns(limits),
): Pick<ApolloServerOptions<BaseContext>, 'parseOptions' | 'maxRecursiveSelections' | 'validationRules'> & {
  plugins: ApolloServerPlugin[];
} {
  return {
    // graphql-js stops parsing at this many tokens, before building a large syntax tree.
    parseOptions: { maxTokens: limits.maxTokens },
    maxRecursiveSelections: MAX_RECURSIVE_SELECTIONS,
    validationRules: [
      maxDepthRule({ n: limits.maxDepth, propagateOnRejection: false, onReject: [reportAs('depth')] }),
      maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: [reportAs('aliases')] }),
    ],
    plugins: [costLimitPlugin(limits.maxCost, turns.gate, turns.early)],
  };
}

function costlyQueryGate(limits: QueryLimits): CostlyQueryGate {
  return new CostlyQueryGate({
    threshold: limits.costlyQueryCost,
    concurrency: limits.costlyQueryConcurrency,
    maxWaiting: limits.costlyQueryQueue,
    maxWaitMs: limits.costlyQueryWaitMs,
  });
}

/** Every Apollo Server option the guards set; the caller adds its own plugins beside these. */
export function graphqlGuardOptions(guards: GraphQLGuards, turns?: CostlyQueryTurns) {
  return {
    ...queryLimitOptions(guards.limits, turns),
    introspection: guards.introspection,
    hideSchemaDetailsFromClientErrors: !guards.fieldSuggestions,
  };
}

/**
 * graphql-js words the token limit "Syntax Error: Document contains more that N tokens."; say it
 * plainly and name the limit, like the others. Applied to formatted errors before they are sent.
 */
export function explainTokenLimit<T extends { message: string; extensions?: Record<string, unknown> }>(error: T): T {
  const match = /Document contains more that (\d+) tokens/.exec(error.message);
  if (!match) return error;
  return {
    ...error,
    message: `Query token limit of ${match[1]} exceeded: the document is too long. Send a smaller query.`,
    extensions: { ...error.extensions, limit: 'tokens' },
  };
}
