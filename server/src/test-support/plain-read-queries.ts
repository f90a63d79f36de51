/**
 * The headline query with every field its plain-row path answers (ward-standing-rows.ts), and the
 * same query sent down the general path: a directive the look-ahead does not follow
 * (`@include(if: true)`) makes the resolver hydrate entities as before. Tests compare the two answers.
 */
const FIELDS = `
    id code name fullName nameEn kind validFrom validTo signingStatus
    currentAgreement {
      id referenceNumber status signedOn effectiveFrom effectiveTo notes version createdAt updatedAt
      agency { id code name level areaServed validFrom validTo }
      postOffice { id code name level areaServed validFrom validTo }
      signatories { party name title signedOn }
    }`;

export const PLAIN_HEADLINE = `query ($code: String!) { wardsLackingSignedAgreement(provinceCode: $code) { ${FIELDS} } }`;
export const GENERAL_HEADLINE = `query ($code: String!) {
  wardsLackingSignedAgreement(provinceCode: $code) { __typename @include(if: true) ${FIELDS} }
}`;

/** A province's wards with the same fields, both ways; `$search` and `$statuses` narrow them. */
const WARDS_ARGUMENTS = '($code: String!, $search: String, $statuses: [WardSigningStatus!])';
const WARDS_CALL = 'wards(search: $search, signingStatus: $statuses)';
export const PLAIN_PROVINCE_WARDS = `query ${WARDS_ARGUMENTS} { province(code: $code) { ${WARDS_CALL} { ${FIELDS} } } }`;
export const GENERAL_PROVINCE_WARDS = `query ${WARDS_ARGUMENTS} {
  province(code: $code) { ${WARDS_CALL} { __typename @include(if: true) ${FIELDS} } }
}`;
