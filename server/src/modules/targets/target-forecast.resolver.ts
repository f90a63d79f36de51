import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { ForecastService } from './forecast.service.js';
import { Target } from './target.entity.js';
import { TargetForecast } from './target-forecast.type.js';

@Resolver(() => Target)
export class TargetForecastResolver {
  @FieldResolver(() => TargetForecast, {
    nullable: true,
    description:
      'Where the target will likely stand on 31 December, from the monthly figures of its year (the drift method, with an 80% interval). Null until two months have figures.',
  })
  forecast(@Root() target: Target, @Ctx() { em, loaders }: RequestContext): Promise<TargetForecast | null> {
    // Keyed by the entity: every target of a request comes from its identity map, once.
    return loaders
      .get<Target, TargetForecast | null>('targetForecast', (targets) => new ForecastService(em).forecastsOf(targets))
      .load(target);
  }
}
