import { DateTimeType, OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { enumObject } from '../../../graphql/enum-object.js';
import { Province } from '../../geography/province.entity.js';
import { ParticipationFigure } from '../../participation/participation-figure.entity.js';
import type { FlagKind } from './import-report.js';

export const FLAG_KINDS = ['BELOW_LISTED_THRESHOLD', 'FAR_FROM_PREVIOUS', 'NEW_EXCEEDS_TOTAL'] as const;
export const FlagKindEnum = enumObject<FlagKind>(FLAG_KINDS);

registerEnumType(FlagKindEnum, {
  name: 'FigureFlagKind',
  description: 'Why an imported participation figure looks suspicious.',
  valuesConfig: {
    BELOW_LISTED_THRESHOLD: {
      description: 'Below the lower bound of the list it was published in (61 among provinces “over 500”).',
    },
    FAR_FROM_PREVIOUS: {
      description: 'Ten times or more above or below the unit’s previous figure for the same scheme and measure.',
    },
    NEW_EXCEEDS_TOTAL: { description: 'More newly enrolled than participants in total for the same period’s end.' },
  },
});

/**
 * A suspicious figure found by an import. The figure is recorded all the same (the source may
 * be right); the flag stays beside it so a director of its province can check it later.
 */
@ObjectType({
  simpleResolvers: true,
  description: 'An imported participation figure that looked suspicious, kept for a director to check.',
})
@Entity({ tableName: 'participation_figure_flag' })
@Index({ properties: ['province', 'raisedAt'] })
export class ParticipationFigureFlag {
  [OptionalProps]?: 'raisedAt';

  @Field(() => ID, { description: 'Stable identifier of this flag in Tripartite.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = crypto.randomUUID();

  @Field(() => ParticipationFigure, { description: 'The figure flagged.' })
  @ManyToOne({ entity: () => ParticipationFigure, index: true })
  figure!: ParticipationFigure;

  /** The province the figure belongs to (a ward's province), for directors' scope. */
  @ManyToOne({ entity: () => Province })
  province!: Province;

  @Field(() => FlagKindEnum, { description: 'What looked wrong.' })
  @Enum({ items: () => FlagKindEnum, type: 'string' })
  kind!: FlagKind;

  @Field(() => String, { description: 'What looked wrong, in words, with the numbers compared.' })
  @Property({ type: 'string', length: 500 })
  message!: string;

  @Field(() => String, { description: 'The file the figure was imported from, and its line.' })
  @Property({ type: 'string', length: 300 })
  importedFrom!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the import raised the flag.' })
  @Property({ type: DateTimeType })
  raisedAt: Date = new Date();
}
