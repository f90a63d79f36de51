import type { Role } from '@tripartite/shared';
import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../../errors.js';
import type { RequestContext } from '../../graphql/request-context.js';

/**
 * TypeGraphQL's check behind `@Authorized(...)`: every query and mutation field carries it
 * (a test walks the schema to make sure), so nothing is read or written anonymously. Roles
 * decide here; rows (which province, which post office) are decided by `AccessScope`.
 */
export const checkRole: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw new UnauthenticatedError(context.authenticationProblem ?? undefined);
  if (roles.length > 0 && !roles.includes(viewer.role)) {
    throw new ForbiddenError(`This needs the role ${roles.join(' or ')}; your account is ${viewer.role}.`);
  }
  return true;
};

/** Roles that write something; VIEWER is left out of every write. */
export const WRITERS: Role[] = ['ADMIN', 'DIRECTOR', 'COORDINATOR'];
/** Roles that manage a province's figures: targets, participation, the audit trail. */
export const MANAGERS: Role[] = ['ADMIN', 'DIRECTOR'];
