/**
 * What is measured: each operation as Tripartite's GraphQL document, the floor's route, and
 * PostGraphile's equivalent document with how its answer maps onto Tripartite's shape (so the
 * three answers can be compared exactly). One more operation is one more entry here.
 */
import { toTripartiteShape } from './postgraphile/normalize.js';
import { AGREEMENTS_PAGE_QUERY, DASHBOARD_QUERY, HEADLINE_QUERY } from './tripartite-documents.js';

export type TargetKind = 'tripartite' | 'floor' | 'postgraphile';
export type Request = {
  path: string;
  /** The body of every request; a write makes a new one per request (`dynamic`). */
  body: string;
  headers?: Record<string, string>;
  dynamic?: {
    nextBody: () => string;
    /** Takes the answer in (a write's new version) and says whether it was a success. */
    accept: (body: string) => boolean;
    /** Called before each run (a write re-reads the state of its rows). */
    beforeRun?: () => Promise<void>;
  };
};
export type ServerRef = { kind: TargetKind; dialect: 'sqlite' | 'postgresql' };

export type Operation = {
  name: string;
  title: string;
  kind: 'read' | 'write';
  /** Why the operation is not measured in this run, when it is not. */
  skipReason?: string;
  /** The HTTP request each kind of server is sent; absent when that server is not measured. */
  requests: Partial<Record<TargetKind, Request>>;
  /** For requests that depend on the database too (a write's own rows); else `requests` is used. */
  requestFor?: (server: ServerRef) => Request | undefined;
  /** For a write: checks the server's answer and what it wrote; a problem in words, or null. */
  verify?: (server: ServerRef, answer: unknown) => Promise<string | null>;
  /** Maps a PostGraphile answer onto Tripartite's shape. */
  fromPostgraphile?: (answer: unknown) => unknown;
};

const graphql = (query: string, variables: Record<string, unknown>, token?: string): Request => ({
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
  // Tripartite answers only signed-in people; the benchmark uses an API token, as a tool would.
  ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
});
const floor = (route: string, input: Record<string, unknown>): Request => ({
  path: `/${route}`,
  body: JSON.stringify(input),
});

export const PGL_HEADLINE_QUERY = `query Headline($provinceCode: String!) {
  wardsLackingSignedAgreement(provinceCode: $provinceCode) {
    nodes {
      code name kind signingStatus
      currentAgreement {
        status referenceNumber effectiveFrom effectiveTo
        agencyByAgencyId { code name }
        postOfficeByPostOfficeId { code name }
        signatoriesInPartyOrder { nodes { party name title signedOn } }
      }
    }
  }
}`;

export const PGL_DASHBOARD_QUERY = `query Dashboard($provinceCode: String!, $year: Int!) {
  provinceInForce(provinceCode: $provinceCode) {
    code name
    signingProgress { totalWards signed signedNotYetInEffect awaitingSignatures drafting notStarted fractionSigned }
    targetProgress(year: $year) {
      nodes {
        scheme totalParticipants retainedParticipants newParticipants
        achievedParticipants achievedOn achievedBasis wardsReporting fractionReached
      }
    }
  }
  wardsLackingSignedAgreement(provinceCode: $provinceCode) { nodes { code name signingStatus } }
}`;

export const PGL_AGREEMENTS_PAGE_QUERY = `query AgreementsPage($provinceCode: String!, $first: Int!) {
  agreementsOfProvince(provinceCode: $provinceCode, first: $first) {
    totalCount
    pageInfo { hasNextPage }
    edges {
      node {
        rowId referenceNumber status signedOn effectiveFrom effectiveTo version createdAt
        wardByWardId { code name }
        agencyByAgencyId { code name }
        postOfficeByPostOfficeId { code name }
        signatoriesInPartyOrder { nodes { party name title signedOn } }
        agreementStatusChangesByAgreementId(orderBy: SEQUENCE_ASC) {
          nodes { sequence fromStatus toStatus changedAt changedBy note }
        }
      }
    }
  }
}`;

export function readOperations(options: {
  provinceCode: string;
  year: number;
  pageSize: number;
  /** API token of the reader (Tripartite only). */
  token?: string;
}): Operation[] {
  const { provinceCode, year, pageSize, token } = options;
  return [
    {
      name: 'headline',
      title: `Headline: wards of province ${provinceCode} lacking a signed agreement, with agreement, parties and status`,
      kind: 'read',
      requests: {
        tripartite: graphql(HEADLINE_QUERY, { provinceCode }, token),
        floor: floor('headline', { provinceCode }),
        postgraphile: graphql(PGL_HEADLINE_QUERY, { provinceCode }),
      },
      fromPostgraphile: (answer) => toTripartiteShape('headline', answer),
    },
    {
      name: 'dashboard',
      title: `Director's dashboard of province ${provinceCode}: signing progress, ${year} targets from monthly figures, lacking wards`,
      kind: 'read',
      requests: {
        tripartite: graphql(DASHBOARD_QUERY, { provinceCode, year }, token),
        floor: floor('dashboard', { provinceCode, year }),
        postgraphile: graphql(PGL_DASHBOARD_QUERY, { provinceCode, year }),
      },
      fromPostgraphile: (answer) => toTripartiteShape('dashboard', answer),
    },
    {
      name: 'agreementsPage',
      title: `A page of ${pageSize} agreements of province ${provinceCode}, newest first, with parties, signatories and history`,
      kind: 'read',
      requests: {
        tripartite: graphql(AGREEMENTS_PAGE_QUERY, { provinceCode, first: pageSize }, token),
        floor: floor('agreementsPage', { provinceCode, first: pageSize }),
        postgraphile: graphql(PGL_AGREEMENTS_PAGE_QUERY, { provinceCode, first: pageSize }),
      },
      fromPostgraphile: (answer) => toTripartiteShape('agreementsPage', answer),
    },
  ];
}

/** The headline query on a synthetic province, for the scaling runs. */
export function scalingOperation(provinceCode: string, wards: number, token?: string): Operation {
  const [headline] = readOperations({ provinceCode, year: 0, pageSize: 0, ...(token ? { token } : {}) });
  return { ...headline!, name: `headline-${wards}`, title: `Headline on a synthetic province of ${wards} wards` };
}

export function requestOf(operation: Operation, server: ServerRef): Request | undefined {
  return operation.requestFor ? operation.requestFor(server) : operation.requests[server.kind];
}
