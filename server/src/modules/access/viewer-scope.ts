import type { RequestContext } from '../../graphql/request-context.js';
import { AccessScope } from './access-scope.js';

const scopes = new WeakMap<RequestContext, AccessScope>();

/**
 * The access scope of the person asking, one per request: it remembers the provinces and post
 * offices it has looked up, so capability fields on a list of 1,000 wards cost the look-ups once.
 * Null when nobody is signed in (who then may do nothing).
 */
export function viewerScope(context: RequestContext): AccessScope | null {
  if (!context.viewer) return null;
  let scope = scopes.get(context);
  if (!scope) {
    scope = new AccessScope(context.em, context.viewer);
    scopes.set(context, scope);
  }
  return scope;
}
