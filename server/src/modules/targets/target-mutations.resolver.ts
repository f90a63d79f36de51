import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { actorOf, type RequestContext } from '../../graphql/request-context.js';
import { validateInput } from '../../graphql/validate-input.js';
import { MANAGERS } from '../access/auth-checker.js';
import { setTargetRules } from '@tripartite/shared/write-rules';
import { SetTargetInput } from './target-writes.inputs.js';
import { TargetWritesService } from './target-writes.service.js';
import { Target } from './target.entity.js';

@Resolver()
export class TargetMutationsResolver {
  @Authorized(MANAGERS)
  @Mutation(() => Target, {
    description:
      'Sets a province’s or ward’s target for a year and scheme. Replacing an existing target needs the `expectedVersion` you saw, else `CONFLICT`. Directors set targets within their agency’s province.',
  })
  setTarget(
    @Arg('input', () => SetTargetInput, { description: 'The unit, scheme, year, numbers and source.' })
    input: SetTargetInput,
    @Ctx() context: RequestContext,
  ): Promise<Target> {
    return new TargetWritesService(context.em).set(actorOf(context), validateInput(setTargetRules, input));
  }
}
