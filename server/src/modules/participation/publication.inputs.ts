import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { dayOfRecord } from '../../graphql/validate-input.js';

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

export const publicationRules = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(300, 'at most 300 characters'),
  publisher: z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters'),
  publishedOn: dayOfRecord.nullish(),
  url: z
    .url({ protocol: /^https?$/, error: 'an http or https address' })
    .max(500, 'at most 500 characters')
    .nullish(),
});
