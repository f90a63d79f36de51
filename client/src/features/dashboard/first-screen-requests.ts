import { LackingWardsQuery, ProvinceSigningQuery } from './dashboard-documents';

/**
 * The requests of a province dashboard's first screen: the one list that its panels make their
 * queries from (ProvinceDashboard the counts, LackingWards the list) and that
 * useProvinceDataAhead asks for ahead of the dashboard's code. urql shares an operation in flight,
 * and a panel reads the answer asked ahead, only when the document and the variables are the same:
 * asked ahead from a list of its own, a changed query would be asked twice, or not ahead at all.
 * A new panel in the first screen takes its request from here.
 */
export const FIRST_SCREEN_REQUESTS = {
  signing: (code: string) => ({ query: ProvinceSigningQuery, variables: { code } }),
  lacking: (code: string) => ({ query: LackingWardsQuery, variables: { code } }),
} as const;
