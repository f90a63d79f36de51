import type { Viewer } from './viewer.js';

/**
 * What of a viewer decides what they may read and do: the role, and the agency (director) or
 * post office (coordinator) it is tied to. `AccessScope`, the role checks and every capability
 * field read nothing else of the viewer, so two viewers with one key get the same answer to the
 * same read: live subscriptions read a change once for everyone who shares a key
 * (server/src/live/live-fanout.ts).
 */
export function accessScopeKey(viewer: Viewer): string {
  return JSON.stringify([viewer.role, viewer.agencyId, viewer.postOfficeId]);
}

const IDENTITY = ['accountId', 'email', 'displayName', 'via'] as const;

/**
 * A viewer standing for everyone of one access scope: the role, agency and post office, and
 * nothing of who they are. Reading who (account, email, name, credential) throws, so a field that
 * comes to depend on the person asking fails loudly on a shared read instead of showing one
 * person's answer to everyone of their scope.
 */
export function scopeViewer(viewer: Viewer): Viewer {
  const standIn = { role: viewer.role, agencyId: viewer.agencyId, postOfficeId: viewer.postOfficeId };
  for (const field of IDENTITY) {
    Object.defineProperty(standIn, field, {
      enumerable: false,
      get: () => {
        throw new Error(
          `A read shared by everyone of one access scope cannot use the viewer's ${field}: answer it from accessScopeKey's parts, or leave it out of live subscriptions.`,
        );
      },
    });
  }
  return standIn as Viewer;
}
