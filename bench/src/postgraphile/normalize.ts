/**
 * Maps PostGraphile's answers onto Tripartite's shape, so the two can be compared exactly:
 * connections become lists, `agencyByAgencyId` becomes `agency`, timestamps are written as ISO
 * instants. Renaming only: every value is PostGraphile's own.
 */
type Json = Record<string, unknown>;
const iso = (value: unknown) => (typeof value === 'string' ? new Date(value).toISOString() : value);
const nodes = (connection: unknown) => ((connection as { nodes: Json[] } | null)?.nodes ?? []) as Json[];

function parties(agreement: Json): Json {
  const { agencyByAgencyId, postOfficeByPostOfficeId, signatoriesInPartyOrder, ...rest } = agreement;
  return {
    ...rest,
    agency: agencyByAgencyId,
    postOffice: postOfficeByPostOfficeId,
    signatories: nodes(signatoriesInPartyOrder),
  };
}

export function toTripartiteShape(operation: 'headline' | 'dashboard' | 'agreementsPage', answer: unknown): unknown {
  const { data, errors } = answer as { data?: Json | null; errors?: unknown };
  if (errors || !data) return answer;
  if (operation === 'headline') {
    return {
      data: {
        wardsLackingSignedAgreement: nodes(data['wardsLackingSignedAgreement']).map((ward) => ({
          ...ward,
          currentAgreement: ward['currentAgreement'] ? parties(ward['currentAgreement'] as Json) : null,
        })),
      },
    };
  }
  if (operation === 'dashboard') {
    const province = data['provinceInForce'] as Json | null;
    return {
      data: {
        province: province && {
          code: province['code'],
          name: province['name'],
          signingProgress: province['signingProgress'],
          targets: nodes(province['targetProgress']).map((row) => ({
            scheme: row['scheme'],
            target: {
              totalParticipants: row['totalParticipants'],
              retainedParticipants: row['retainedParticipants'],
              newParticipants: row['newParticipants'],
            },
            achievedParticipants: row['achievedParticipants'],
            achievedOn: row['achievedOn'],
            achievedBasis: row['achievedBasis'],
            wardsReporting: row['wardsReporting'],
            fractionReached: row['fractionReached'],
          })),
        },
        wardsLackingSignedAgreement: nodes(data['wardsLackingSignedAgreement']),
      },
    };
  }
  const connection = data['agreementsOfProvince'] as Json;
  return {
    data: {
      agreements: {
        totalCount: connection['totalCount'],
        pageInfo: connection['pageInfo'],
        edges: (connection['edges'] as { node: Json }[]).map(({ node }) => {
          const { rowId, wardByWardId, agreementStatusChangesByAgreementId, createdAt, ...rest } = parties(node);
          return {
            node: {
              id: rowId,
              ...rest,
              createdAt: iso(createdAt),
              ward: wardByWardId,
              history: nodes(agreementStatusChangesByAgreementId).map((change) => ({
                ...change,
                changedAt: iso(change['changedAt']),
              })),
            },
          };
        }),
      },
    },
  };
}
