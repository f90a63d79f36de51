import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { actorOf, type RequestContext } from '../../graphql/request-context.js';
import { validateInput } from '../../graphql/validate-input.js';
import { MANAGERS } from '../access/auth-checker.js';
import { ParticipationFigure } from './participation-figure.entity.js';
import { recordParticipationFigureRules } from '@tripartite/shared/write-rules';
import { RecordParticipationFigureInput } from './participation-writes.inputs.js';
import { ParticipationWritesService } from './participation-writes.service.js';

@Resolver()
export class ParticipationMutationsResolver {
  @Authorized(MANAGERS)
  @Mutation(() => ParticipationFigure, {
    description:
      'Records a number of participants for a province or ward, scheme and period, with its source. Directors record figures within their agency’s province.',
  })
  recordParticipationFigure(
    @Arg('input', () => RecordParticipationFigureInput, { description: 'The unit, scheme, period, number and source.' })
    input: RecordParticipationFigureInput,
    @Ctx() context: RequestContext,
  ): Promise<ParticipationFigure> {
    return new ParticipationWritesService(context.em).record(
      actorOf(context),
      validateInput(recordParticipationFigureRules, input),
    );
  }
}
