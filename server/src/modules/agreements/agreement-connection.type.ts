import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { AgreementStatus } from '@tripartite/shared';
import { ID } from 'type-graphql';
import { AgreementStatusEnum } from './agreement-enums.js';
import { Agreement } from './agreement.entity.js';

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

@ObjectType({ description: 'Where a page of a connection stands in the whole list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of this page; pass it as `after` to get the next page.',
  })
  endCursor!: string | null;
}

@ObjectType({ description: 'One agreement in a page, with its cursor.' })
export class AgreementEdge {
  @Field(() => String, { description: 'Opaque position of this agreement in the list.' })
  cursor!: string;

  @Field(() => Agreement, { description: 'The agreement.' })
  node!: Agreement;
}

@ObjectType({ description: 'A page of agreements (a Relay-style connection), newest first.' })
export class AgreementConnection {
  @Field(() => [AgreementEdge], { description: 'The agreements of this page, each with its cursor.' })
  edges!: AgreementEdge[];

  @Field(() => [Agreement], { description: 'The agreements of this page, without cursors.' })
  nodes!: Agreement[];

  @Field(() => PageInfo, { description: 'Whether there are more pages, and the cursors to reach them.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Agreements matching the filter, over all pages.' })
  totalCount!: number;
}
