import type { AgreementStatus } from '@tripartite/shared';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Ward } from '../geography/ward.entity.js';
import { AgreementStatusEnum } from './agreement-enums.js';
import { Agreement } from './agreement.entity.js';

@ObjectType({ description: 'An open agreement (drafting or awaiting signatures) that nobody has changed for a while.' })
export class StalledAgreement {
  @Field(() => Agreement, { description: 'The agreement.' })
  agreement!: Agreement;

  @Field(() => Ward, { description: 'Its ward, commune or special zone.' })
  ward!: Ward;

  @Field(() => AgreementStatusEnum, { description: 'Where it stopped: drafting or awaiting signatures.' })
  status!: AgreementStatus;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed (status, signatory or details).' })
  idleSince!: Date;

  @Field(() => Int, { description: 'Whole days since it last changed.' })
  daysIdle!: number;

  @Field(() => String, { description: 'Who made the last change, as recorded at the time.' })
  lastChangedBy!: string;
}

@ObjectType({ description: 'The stalled agreements a person is reminded of: those they can move forward.' })
export class ReminderDigest {
  @Field(() => Int, { description: 'Days without a change after which an open agreement counts as stalled.' })
  idleDays!: number;

  @Field(() => [StalledAgreement], { description: 'Their stalled agreements, oldest change first.' })
  agreements!: StalledAgreement[];
}
