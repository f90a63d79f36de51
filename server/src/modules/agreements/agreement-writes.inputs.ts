import type { AgreementParty, AgreementStatus } from '@tripartite/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
// Validated with the rules of @tripartite/shared/write-rules (createAgreementRules, …), as the app's forms are.
import { AgreementPartyEnum, AgreementStatusEnum } from './agreement-enums.js';

/** Said once for every write input that takes a `clientWriteId` (see agreement-write-replay.ts). */
const CLIENT_WRITE_ID_DESCRIPTION =
  'A UUID the client makes once for this write and sends with every copy of it (the app sends its offline queue’s id for the write). A write whose `clientWriteId` your account has already applied is not applied again: the answer is the agreement as it is now, with no second change, audit record or `CONFLICT`. Keys are kept with the audit trail; another account’s key is not yours.';

@InputType({ description: 'A new agreement for one ward, started in DRAFTING.' })
export class CreateAgreementInput {
  @Field(() => String, {
    description: 'Five-digit code of a ward, commune or special zone in force today, such as `26743`.',
  })
  wardCode!: string;

  @Field(() => ID, { nullable: true, description: 'The agency that will sign; the ward’s serving agency without it.' })
  agencyId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The post office that will sign; the ward’s serving post office without it.',
  })
  postOfficeId?: string | null;

  @Field(() => String, { nullable: true, description: 'Reference number, if already given; at most 60 characters.' })
  referenceNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes kept with the agreement; at most 2,000 characters.' })
  notes?: string | null;
}

@InputType({
  description: 'Moves an agreement to its next status. Name the version you saw, so no one’s change is lost.',
})
export class ChangeAgreementStatusInput {
  @Field(() => ID, { description: 'The agreement to change.' })
  agreementId!: string;

  @Field(() => AgreementStatusEnum, {
    description: 'The status to move to; only the lifecycle’s next steps are allowed.',
  })
  status!: AgreementStatus;

  @Field(() => Int, {
    description: 'The agreement’s `version` when you looked at it; if it has changed since, the answer is `CONFLICT`.',
  })
  expectedVersion!: number;

  @Field(() => ID, { nullable: true, description: CLIENT_WRITE_ID_DESCRIPTION })
  clientWriteId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why, in your words; at most 1,000 characters. Required when terminating.',
  })
  note?: string | null;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: 'When signing: the first day in effect (required unless already set).',
  })
  effectiveFrom?: string | null;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: 'When signing: the last day in effect, if the term ends.',
  })
  effectiveTo?: string | null;

  @Field(() => String, { nullable: true, description: 'When signing: the reference number on the signed document.' })
  referenceNumber?: string | null;
}

@InputType({ description: 'Names the person who signs for one party and, once they have, the day they signed.' })
export class RecordSignatureInput {
  @Field(() => ID, { description: 'The agreement, while drafting or awaiting signatures.' })
  agreementId!: string;

  @Field(() => Int, { description: 'The agreement’s `version` when you looked at it.' })
  expectedVersion!: number;

  @Field(() => ID, { nullable: true, description: CLIENT_WRITE_ID_DESCRIPTION })
  clientWriteId?: string | null;

  @Field(() => AgreementPartyEnum, { description: 'The party this person signs for.' })
  party!: AgreementParty;

  @Field(() => String, { description: 'Full name, 1 to 150 characters.' })
  name!: string;

  @Field(() => String, { description: 'Title, 1 to 150 characters, such as `Chủ tịch UBND phường`.' })
  title!: string;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: 'Day they signed; not in the future. Null: not yet.',
  })
  signedOn?: string | null;
}
