import { allowedTransitions, type AgreementParty, type AgreementStatus, todayInVietnam } from '@tripartite/shared';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import type { Role } from '../../graphql/generated/graphql';

/** Who is signed in, with the units that scope their writes (the server checks the same). */
export const ActingViewerQuery = graphql(`
  query ActingViewer {
    viewer {
      id
      role
      agency {
        id
        province {
          id
          code
        }
      }
      postOffice {
        id
        name
        province {
          id
          code
        }
      }
    }
  }
`);

export type ActingViewer = {
  role: Role;
  agency?: { province?: { code: string } | null } | null;
  postOffice?: { id: string } | null;
};

/** A post office and the units above it (up to the provincial office that oversees it). */
export type PostOfficeChain = { id: string; parent?: { id: string; parent?: { id: string } | null } | null };

function postOfficeLine(unit: PostOfficeChain): string[] {
  return [unit.id, unit.parent?.id, unit.parent?.parent?.id].filter((id): id is string => Boolean(id));
}

/**
 * Whether this person may write for a ward or agreement, as the server judges it
 * (modules/access/access-scope.ts): admins everywhere, directors in their agency's province,
 * coordinators where their post office (or a unit under it) is the party, viewers never.
 */
export function mayWrite(
  viewer: ActingViewer | null | undefined,
  scope: { provinceCode: string; postOffice: PostOfficeChain | null | undefined },
): boolean {
  if (!viewer) return false;
  switch (viewer.role) {
    case 'ADMIN':
      return true;
    case 'DIRECTOR':
      return viewer.agency?.province?.code === scope.provinceCode;
    case 'COORDINATOR':
      return Boolean(
        viewer.postOffice && scope.postOffice && postOfficeLine(scope.postOffice).includes(viewer.postOffice.id),
      );
    default:
      return false;
  }
}

export type AgreementForActions = {
  status: AgreementStatus;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  signatories: readonly { party: AgreementParty; signedOn?: string | null }[];
};

/** The status changes the shared state machine allows today (before the role is considered). */
export function nextStatuses(agreement: AgreementForActions, today = todayInVietnam()): AgreementStatus[] {
  return allowedTransitions(
    {
      status: agreement.status,
      effectiveFrom: agreement.effectiveFrom ?? null,
      effectiveTo: agreement.effectiveTo ?? null,
      signedParties: agreement.signatories.filter((entry) => entry.signedOn).map((entry) => entry.party),
    },
    today,
  );
}

export function useActingViewer() {
  const [{ data }] = useQuery({ query: ActingViewerQuery });
  return data?.viewer ?? null;
}
