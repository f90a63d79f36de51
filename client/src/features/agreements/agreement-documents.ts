import { graphql } from '../../graphql/generated';

/**
 * Everything the agreement page shows, and what the person may do with it as the server judges it
 * (the `viewer…` capability fields). The mutations answer with the same fields, so Graphcache
 * updates the page from their answers without another round trip.
 *
 * @public The operations spread it by name (`...Fragment`); codegen reads it, no module imports it.
 */
export const AgreementDetailsFragment = graphql(`
  fragment AgreementDetails on Agreement {
    id
    status
    version
    referenceNumber
    signedOn
    effectiveFrom
    effectiveTo
    notes
    updatedAt
    viewerCanChange
    viewerCanRecordSignature
    viewerNextStatuses
    ward {
      id
      code
      name
      fullName
      province {
        id
        code
        fullName
      }
    }
    agency {
      id
      name
    }
    postOffice {
      id
      name
    }
    signatories {
      party
      name
      title
      signedOn
    }
    history {
      sequence
      fromStatus
      toStatus
      changedAt
      changedBy
      note
    }
  }
`);

export const AgreementQuery = graphql(`
  query Agreement($id: ID!) {
    agreement(id: $id) {
      ...AgreementDetails
    }
  }
`);

/**
 * The same read, for live re-reads only. A query in flight holds back Graphcache's updates to
 * that same query until it answers, so a live re-read sent as `Agreement` kept the page on the
 * old version after a write had answered (the signature shown late, under the person's finger).
 * Its own operation leaves the page's query free to show each write's answer at once; Graphcache
 * applies the re-read's answer beneath any write answered after it was sent.
 */
export const AgreementReReadQuery = graphql(`
  query AgreementReRead($id: ID!) {
    agreement(id: $id) {
      ...AgreementDetails
    }
  }
`);

export const ChangeAgreementStatusMutation = graphql(`
  mutation ChangeAgreementStatus($input: ChangeAgreementStatusInput!) {
    changeAgreementStatus(input: $input) {
      ...AgreementDetails
    }
  }
`);

export const RecordSignatureMutation = graphql(`
  mutation RecordSignature($input: RecordSignatureInput!) {
    recordSignature(input: $input) {
      ...AgreementDetails
    }
  }
`);

export const CreateAgreementMutation = graphql(`
  mutation CreateAgreement($input: CreateAgreementInput!) {
    createAgreement(input: $input) {
      id
      status
      version
    }
  }
`);

export const WardQuery = graphql(`
  query Ward($code: String!) {
    ward(code: $code) {
      id
      code
      name
      fullName
      kind
      validFrom
      validTo
      signingStatus
      viewerCanStartAgreement
      province {
        id
        code
        fullName
      }
      servingAgency {
        id
        name
      }
      servingPostOffice {
        id
        name
      }
      currentAgreement {
        id
        status
        version
        referenceNumber
        effectiveFrom
        effectiveTo
        updatedAt
      }
      agreements {
        id
        status
        referenceNumber
        signedOn
        effectiveFrom
        effectiveTo
        updatedAt
      }
    }
  }
`);
