import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { DomainError } from '../errors.js';
import type { RequestContext } from '../graphql/request-context.js';
import type { ApiMetrics } from './metrics.js';

/**
 * A failure nobody planned for: thrown while resolving, and not one of our domain errors nor a
 * GraphQL error with a code of its own (validation, limits). Its message is masked for the
 * client (graphql/error-codes.ts), so it must be logged here or it is lost.
 */
function isUnexpected(error: GraphQLError): boolean {
  if (!error.originalError) return false;
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return false;
  if (original instanceof GraphQLError && original.extensions['code']) return false;
  const code = error.extensions['code'];
  return code === undefined || code === 'INTERNAL_SERVER_ERROR';
}

/**
 * Logs every unexpected error once, with its stack, through the request's logger (so the line
 * carries the request ids); counts operations, their time and their errors; and puts our request
 * id into a masked error, so the person who saw it can quote it to whoever reads the logs.
 */
export function graphqlObservability(metrics: ApiMetrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let labels = { operation: 'unknown', type: 'unknown' };
      return {
        async didResolveOperation({ operationName, operation }) {
          labels = { operation: metrics.operationLabel(operationName), type: operation?.operation ?? 'unknown' };
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (!isUnexpected(error)) continue;
            const cause = unwrapResolverError(error);
            contextValue.log.error({ err: cause, path: error.path }, 'unexpected error in a GraphQL operation');
          }
        },
        async willSendResponse({ response, contextValue }) {
          metrics.operations.inc(labels);
          metrics.duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = String(error.extensions?.['code'] ?? 'UNKNOWN');
            metrics.errors.inc({ operation: labels.operation, code });
            if (code === 'INTERNAL_SERVER_ERROR' && error.extensions) {
              (error.extensions as Record<string, unknown>)['requestId'] = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}
