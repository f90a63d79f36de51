import type { Cache, UpdatesConfig } from '@urql/exchange-graphcache';

/**
 * Root fields whose answers depend on agreements' statuses and signatures: lists of wards lacking
 * a signed agreement, signing progress and per-ward signing status (reached through `province`,
 * `provinces` and `ward`), agreement lists and the audit trail. Graphcache updates the changed
 * agreement itself from the mutation's answer; these derived answers it cannot compute, so they
 * are dropped and every view showing them fetches them again, without a reload.
 *
 * Not `agreement(id:)`: the agreement page reads only the agreement, and every agreement write
 * answers with all the page shows (AgreementDetails). Dropping it made the page show the agreement
 * as it was before the write (old version, a signed party's button still there) until a refetch
 * answered, and then jump under the person's finger (issue 18).
 */
const AGREEMENT_DEPENDENT_FIELDS = [
  'wardsLackingSignedAgreement',
  'agreements',
  'province',
  'provinces',
  'ward',
  'auditRecords',
] as const;

/** Targets and figures feed the target progress shown with provinces and agencies. */
const TARGET_DEPENDENT_FIELDS = ['province', 'provinces', 'agencies', 'auditRecords'] as const;

/** Drops every cached argument variant of the named Query fields (e.g. each `province(code:)`). */
export function invalidateQueryFields(cache: Cache, fieldNames: readonly string[]): void {
  const wanted = new Set(fieldNames);
  for (const field of cache.inspectFields('Query')) {
    if (wanted.has(field.fieldName)) cache.invalidate('Query', field.fieldName, field.arguments);
  }
}

function invalidating(fieldNames: readonly string[]) {
  return (_result: unknown, _args: unknown, cache: Cache) => invalidateQueryFields(cache, fieldNames);
}

/**
 * What each mutation changes in the cache besides the entities in its own answer. Feature code adds
 * a line here for every new mutation whose effects reach other views (lists, counts, progress).
 */
export const updates: UpdatesConfig = {
  Mutation: {
    createAgreement: invalidating(AGREEMENT_DEPENDENT_FIELDS),
    changeAgreementStatus: invalidating(AGREEMENT_DEPENDENT_FIELDS),
    recordSignature: invalidating(AGREEMENT_DEPENDENT_FIELDS),
    setTarget: invalidating(TARGET_DEPENDENT_FIELDS),
    recordParticipationFigure: invalidating(TARGET_DEPENDENT_FIELDS),
    createApiToken: invalidating(['apiTokens', 'auditRecords']),
    revokeApiToken: invalidating(['apiTokens', 'auditRecords']),
    createAccount: invalidating(['accounts', 'auditRecords']),
    setAccountActive: invalidating(['accounts', 'auditRecords']),
  },
};
