import type { WardSigningStatus } from '@tripartite/shared';

export type NextAction = 'confirm' | 'collect' | 'send' | 'start' | 'none';

export type WardForNextAction = {
  code: string;
  signingStatus: WardSigningStatus;
  currentAgreement?: { id: string; status: string; signatories: readonly { signedOn?: string | null }[] } | null;
};

/** Closest to signed first: a tap or two finishes those. */
export const ACTION_PRIORITY: Record<NextAction, number> = { confirm: 0, collect: 1, send: 2, start: 3, none: 4 };

/** What a coordinator does next for a ward, following the agreement's lifecycle. */
export function nextActionFor(ward: WardForNextAction): NextAction {
  const agreement = ward.currentAgreement;
  switch (ward.signingStatus) {
    case 'NOT_STARTED':
    case 'NEEDS_RESIGNING':
      return 'start';
    case 'DRAFTING':
      return 'send';
    case 'AWAITING_SIGNATURES': {
      const signed = agreement?.signatories.filter((entry) => entry.signedOn).length ?? 0;
      return signed >= 3 ? 'confirm' : 'collect';
    }
    default:
      return 'none';
  }
}

/**
 * The part of the page where each action is taken: the page scrolls there and focuses its first
 * button, so on a phone one tap on a card lands on the next action in view (app/use-arrival-focus.ts).
 */
const ACTION_ANCHOR: Record<NextAction, string> = {
  start: '#start',
  send: '#status-actions',
  collect: '#signatories',
  confirm: '#status-actions',
  none: '',
};

/** Where the action is taken: the agreement page, or the ward page to start one. */
export function actionPath(ward: WardForNextAction, action: NextAction): string {
  return action === 'start' || !ward.currentAgreement
    ? `/wards/${ward.code}${action === 'start' ? ACTION_ANCHOR.start : ''}`
    : `/agreements/${ward.currentAgreement.id}${ACTION_ANCHOR[action]}`;
}
