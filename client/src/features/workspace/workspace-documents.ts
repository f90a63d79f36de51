import { graphql } from '../../graphql/generated';

/**
 * A province's wards with what the workspace needs to choose each one's next action: its status,
 * whether it is the person's to work on (as the server judges it), and its current agreement's
 * version and signatures. About 170 wards for Ho Chi
 * Minh City; well within the server's query cost limit (600 wards × a few objects).
 */
export const WorkspaceWardsQuery = graphql(`
  query WorkspaceWards($code: String!) {
    province(code: $code) {
      id
      code
      fullName
      wards {
        id
        code
        name
        fullName
        signingStatus
        inViewerAgreementScope
        currentAgreement {
          id
          status
          version
          referenceNumber
          updatedAt
          signatories {
            party
            signedOn
          }
        }
      }
    }
  }
`);
