/**
 * A page of agreements with every field its plain-row path answers (agreement-page-rows.ts), and
 * the same query sent down the general path: a directive the look-ahead does not follow
 * (`@include(if: true)`) makes the resolver hydrate entities as before. Tests compare the two answers.
 */
const NODE = `
      id referenceNumber status signedOn effectiveFrom effectiveTo notes version createdAt updatedAt inEffect
      ward { id code name fullName nameEn kind validFrom validTo }
      agency { id code name level areaServed validFrom validTo }
      postOffice { id code name level areaServed validFrom validTo }
      signatories { party name title signedOn }
      history { sequence fromStatus toStatus changedAt changedBy note }`;
const FIELDS = `
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { ${NODE} } }
    nodes { id status ward { code } }`;
const ARGUMENTS = '($filter: AgreementFilter, $first: Int, $after: String)';
const CALL = 'agreements(filter: $filter, first: $first, after: $after)';

export const PLAIN_PAGE = `query ${ARGUMENTS} { ${CALL} { ${FIELDS} } }`;
export const GENERAL_PAGE = `query ${ARGUMENTS} { ${CALL} { __typename @include(if: true) ${FIELDS} } }`;
