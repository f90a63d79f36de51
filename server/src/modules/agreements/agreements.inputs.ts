import type { AgreementStatus } from '@tripartite/shared';
import { Field, ID, InputType } from 'type-graphql';
import { AgreementStatusEnum } from './agreement-enums.js';

/** Validated by AgreementsService: codes and ids are checked there, naming the field at fault. */
@InputType({ description: 'Narrows a list of agreements; every field given must match.' })
export class AgreementFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Official two-digit code of a province in force today; keeps agreements of its wards.',
  })
  provinceCode?: string | null;

  @Field(() => [AgreementStatusEnum], { nullable: true, description: 'Keeps agreements with one of these statuses.' })
  statuses?: AgreementStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Keeps agreements signed by this agency.' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Keeps agreements signed by this post office.' })
  postOfficeId?: string | null;
}
