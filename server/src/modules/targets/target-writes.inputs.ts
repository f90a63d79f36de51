import type { Scheme } from '@tripartite/shared';
import { MAX_PARTICIPANTS } from '@tripartite/shared/write-rules';
import { Field, InputType, Int } from 'type-graphql';
import { PublicationInput } from '../participation/publication.inputs.js';
import { SchemeEnum } from '../participation/scheme-enums.js';

@InputType({
  description:
    'A year’s target for one province or ward and scheme; replaces an existing one when its version is given.',
})
export class SetTargetInput {
  @Field(() => String, {
    nullable: true,
    description: 'Two-digit code of the province, as it stood in the target’s year.',
  })
  provinceCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Five-digit code of the ward or commune, as it stood in the target’s year.',
  })
  wardCode?: string | null;

  @Field(() => SchemeEnum, { description: 'The scheme the target is for.' })
  scheme!: Scheme;

  @Field(() => Int, { description: 'The calendar year, such as `2026`.' })
  year!: number;

  @Field(() => Int, {
    description: `Participants to reach by the end of the year, 1 to ${MAX_PARTICIPANTS.toLocaleString('en')}.`,
  })
  totalParticipants!: number;

  @Field(() => Int, { nullable: true, description: 'Of the total, participants to keep from the year before.' })
  retainedParticipants?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Of the total, participants to enrol for the first time; retained + new = total.',
  })
  newParticipants?: number | null;

  @Field(() => PublicationInput, { description: 'The decision or plan the target comes from.' })
  source!: PublicationInput;

  @Field(() => Int, {
    nullable: true,
    description:
      'To replace an existing target: the version you saw. Leave out to set a target the unit does not have yet.',
  })
  expectedVersion?: number | null;
}
