import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ProvinceResolver } from '../modules/geography/province.resolver.js';

/** Every resolver class of the API; the schema is built from these and nothing else. */
export const resolvers = [ProvinceResolver] as const;

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    // Inputs are validated by each module's own input rules, not by class-validator.
    validate: false,
  });
}
