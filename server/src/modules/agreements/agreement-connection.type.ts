import { Field, Int, ObjectType } from 'type-graphql';
import { Agreement } from './agreement.entity.js';

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
