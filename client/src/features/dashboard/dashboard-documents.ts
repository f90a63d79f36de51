import { graphql } from '../../graphql/generated';

/** The province's name and its signing progress today. */
export const ProvinceSigningQuery = graphql(`
  query ProvinceSigning($code: String!) {
    province(code: $code) {
      id
      code
      fullName
      nameEn
      kind
      signingProgress {
        asOf
        totalWards
        signed
        signedNotYetInEffect
        awaitingSignatures
        drafting
        notStarted
        needsResigning
        fractionSigned
      }
    }
  }
`);

/** The headline list: wards without a signed agreement in effect, with their current agreement. */
export const LackingWardsQuery = graphql(`
  query LackingWards($code: String!) {
    wardsLackingSignedAgreement(provinceCode: $code) {
      id
      code
      name
      kind
      signingStatus
      population {
        inhabitants
      }
      currentAgreement {
        id
        status
        updatedAt
        agency {
          id
          name
        }
        postOffice {
          id
          name
        }
      }
    }
  }
`);

/** @public The operations spread it by name; codegen reads it, no module imports it. */
export const TargetProgressFields = graphql(`
  fragment TargetProgressFields on TargetProgress {
    scheme
    year
    achievedParticipants
    achievedOn
    fractionReached
    target {
      id
      totalParticipants
      retainedParticipants
      newParticipants
    }
  }
`);

/**
 * Targets of the last seven years in one request: the API has no "years with targets" field, and
 * the selector must default to the latest year that has any.
 */
export const ProvinceTargetsQuery = graphql(`
  query ProvinceTargets($code: String!, $y0: Int!, $y1: Int!, $y2: Int!, $y3: Int!, $y4: Int!, $y5: Int!, $y6: Int!) {
    province(code: $code) {
      id
      t0: targets(year: $y0) {
        ...TargetProgressFields
      }
      t1: targets(year: $y1) {
        ...TargetProgressFields
      }
      t2: targets(year: $y2) {
        ...TargetProgressFields
      }
      t3: targets(year: $y3) {
        ...TargetProgressFields
      }
      t4: targets(year: $y4) {
        ...TargetProgressFields
      }
      t5: targets(year: $y5) {
        ...TargetProgressFields
      }
      t6: targets(year: $y6) {
        ...TargetProgressFields
      }
    }
  }
`);

/** The newest audit records the viewer may read (a director: their province's; an admin: all). */
export const LatestChangesQuery = graphql(`
  query LatestChanges($first: Int!) {
    auditRecords(first: $first) {
      nodes {
        id
        occurredAt
        actor
        action
        entityType
        entityId
        ward {
          id
          code
          name
        }
        agreementStatusBefore
        agreementStatusAfter
      }
    }
  }
`);
