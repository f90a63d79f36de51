import type { Scheme } from '@tripartite/shared';
import { ArgsType, Field, Int } from 'type-graphql';
import { SchemeEnum } from './scheme-enums.js';

@ArgsType()
export class ParticipationFiguresArgs {
  @Field(() => Int, { description: 'The calendar year whose periods to list (by the day each period ends).' })
  year!: number;

  @Field(() => SchemeEnum, { nullable: true, description: 'Only this scheme; both without it.' })
  scheme?: Scheme | null;
}
