import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/page-info.type.js';
import { Agreement } from './agreement.entity.js';

@ObjectType({ simpleResolvers: true, description: 'One agreement in a page, with its cursor.' })
export class AgreementEdge {
  @Field(() => String, { description: 'Opaque position of this agreement in the list.' })
  cursor!: string;

  @Field(() => Agreement, { description: 'The agreement.' })
  node!: Agreement;
}

@ObjectType({ simpleResolvers: true, description: 'A page of agreements (a Relay-style connection), newest first.' })
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
