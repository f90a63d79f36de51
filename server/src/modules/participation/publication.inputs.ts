import { Field, InputType } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';

@InputType({
  description:
    'Where a target or figure comes from. An existing publication with the same title, publisher and day is reused.',
})
export class PublicationInput {
  @Field(() => String, {
    description: 'Title or description, 1 to 300 characters, such as `Quyết định giao chỉ tiêu năm 2026`.',
  })
  title!: string;

  @Field(() => String, { description: 'Who published it, 1 to 200 characters, such as `BHXH Thành phố Hồ Chí Minh`.' })
  publisher!: string;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'Day it was published, when known.' })
  publishedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where to read it: an http(s) address of at most 500 characters.',
  })
  url?: string | null;
}
