import {
  AGREEMENT_PARTIES,
  AGREEMENT_STATUSES,
  WARD_SIGNING_STATUSES,
  type AgreementParty,
  type AgreementStatus,
  type WardSigningStatus,
} from '@tripartite/shared';
import { registerEnumType } from 'type-graphql';
import { enumObject } from '../../graphql/enum-object.js';

export const AgreementStatusEnum = enumObject<AgreementStatus>(AGREEMENT_STATUSES);
export const AgreementPartyEnum = enumObject<AgreementParty>(AGREEMENT_PARTIES);
export const WardSigningStatusEnum = enumObject<WardSigningStatus>(WARD_SIGNING_STATUSES);

registerEnumType(AgreementStatusEnum, {
  name: 'AgreementStatus',
  description: 'Where a three-party agreement is in its life.',
  valuesConfig: {
    DRAFTING: { description: 'Being drafted; not yet sent to the parties.' },
    AWAITING_SIGNATURES: { description: 'Sent to the parties; one or more signatures are missing.' },
    SIGNED: { description: 'Signed by all three parties; binding from its effective date.' },
    TERMINATED: { description: 'Ended early by the parties.' },
    EXPIRED: { description: 'Reached the end of its term.' },
  },
});

registerEnumType(AgreementPartyEnum, {
  name: 'AgreementParty',
  description: 'The three parties to an agreement.',
  valuesConfig: {
    SOCIAL_INSURANCE_AGENCY: { description: 'The social-insurance agency or office (cơ quan Bảo hiểm xã hội).' },
    POST_OFFICE: { description: 'The Vietnam Post unit (Bưu điện).' },
    PEOPLES_COMMITTEE: { description: 'The People’s Committee of the ward, commune or special zone (UBND).' },
  },
});

registerEnumType(WardSigningStatusEnum, {
  name: 'WardSigningStatus',
  description: 'Where a ward stands in signing, judged from its current agreement on the day asked.',
  valuesConfig: {
    SIGNED: { description: 'A signed agreement is in effect.' },
    SIGNED_NOT_YET_IN_EFFECT: { description: 'Signed, but its effective date is still ahead.' },
    AWAITING_SIGNATURES: { description: 'The current agreement awaits signatures.' },
    DRAFTING: { description: 'The current agreement is being drafted.' },
    NEEDS_RESIGNING: {
      description:
        'Nothing under way, and the ward never signed an agreement of its own, but units merged into it (1 July 2025) had signed theirs while they existed. Those agreements bound the old units and do not carry over: the ward must sign its own. See `Ward.predecessorAgreements` and `resigningWorklist`.',
    },
    NOT_STARTED: {
      description:
        'No agreement, or the last one was terminated, expired or has lapsed: nothing is under way (and nothing to re-sign, see `NEEDS_RESIGNING`).',
    },
  },
});
