/**
 * The GraphQL documents the bench sends Tripartite. The package exports them
 * (`@tripartite/bench/tripartite-documents`) so that the server's statement-count test measures
 * the very documents the bench does, not a copy that drifts from them.
 */

export const HEADLINE_QUERY = `query Headline($provinceCode: String!) {
  wardsLackingSignedAgreement(provinceCode: $provinceCode) {
    code name kind signingStatus
    currentAgreement {
      status referenceNumber effectiveFrom effectiveTo
      agency { code name }
      postOffice { code name }
      signatories { party name title signedOn }
    }
  }
}`;

export const DASHBOARD_QUERY = `query Dashboard($provinceCode: String!, $year: Int!) {
  province(code: $provinceCode) {
    code name
    signingProgress { totalWards signed signedNotYetInEffect awaitingSignatures drafting notStarted fractionSigned }
    targets(year: $year) {
      scheme
      target { totalParticipants retainedParticipants newParticipants }
      achievedParticipants achievedOn achievedBasis wardsReporting fractionReached
    }
  }
  wardsLackingSignedAgreement(provinceCode: $provinceCode) { code name signingStatus }
}`;

export const AGREEMENTS_PAGE_QUERY = `query AgreementsPage($provinceCode: String!, $first: Int!) {
  agreements(filter: { provinceCode: $provinceCode }, first: $first) {
    totalCount
    pageInfo { hasNextPage }
    edges {
      node {
        id referenceNumber status signedOn effectiveFrom effectiveTo version createdAt
        ward { code name }
        agency { code name }
        postOffice { code name }
        signatories { party name title signedOn }
        history { sequence fromStatus toStatus changedAt changedBy note }
      }
    }
  }
}`;
