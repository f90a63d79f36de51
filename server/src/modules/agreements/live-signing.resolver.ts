import { Arg, Authorized, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { InvalidInputError } from '../../errors.js';
import type { LiveEvents, RequestContext } from '../../graphql/request-context.js';
import { GeographyService } from '../geography/geography.service.js';
import { Agreement } from './agreement.entity.js';
import { AgreementsService } from './agreements.service.js';
import { signingProgressOf, SigningProgress } from './signing-progress.type.js';

const PROVINCE_CODE = 'The province’s code, such as `79` (Hồ Chí Minh City).';

function liveOf(context: RequestContext): LiveEvents {
  if (!context.live) {
    throw new InvalidInputError(
      'subscription',
      'Subscriptions are served over WebSocket (the graphql-ws protocol) at /graphql, not over HTTP.',
    );
  }
  return context.live;
}

/** The province an argument names, as of today: an unknown code is refused when subscribing. */
async function provinceIdOf(context: RequestContext, code: string): Promise<string> {
  return (await new GeographyService(context.em).provinceByCode(code, undefined, 'provinceCode')).id;
}

/**
 * Live changes over graphql-ws. An event carries ids only; what changed is re-read after the
 * commit in a fresh unit of work, once per view (the subscriber's access scope and document,
 * server/src/live/live-fanout.ts, which also checks each credential first) and shared by that
 * view's subscribers, so each sees what a query of theirs would show at that moment.
 */
@Resolver()
export class LiveSigningResolver {
  @Authorized()
  @Subscription(() => Agreement, {
    description:
      'An agreement of the province as it is after each committed change: created, signed by a party, moved to another status (from the app, the API or an import).',
    subscribe: async ({ args, context }) =>
      liveOf(context).agreementChanges(await provinceIdOf(context, (args as { provinceCode: string }).provinceCode)),
  })
  agreementChanged(
    @Root() change: { agreementId: string },
    @Arg('provinceCode', () => String, { description: PROVINCE_CODE }) _provinceCode: string,
    @Ctx() context: RequestContext,
  ): Promise<Agreement> {
    return new AgreementsService(context.em).byId(change.agreementId);
  }

  @Authorized()
  @Subscription(() => SigningProgress, {
    description:
      'The province’s signing progress today, sent after each committed change to one of its agreements (several quick changes may come as one).',
    subscribe: async ({ args, context }) =>
      liveOf(context).progressChanges(await provinceIdOf(context, (args as { provinceCode: string }).provinceCode)),
  })
  async signingProgressChanged(
    @Root() _change: { provinceId: string },
    @Arg('provinceCode', () => String, { description: PROVINCE_CODE }) provinceCode: string,
    @Ctx() context: RequestContext,
  ): Promise<SigningProgress> {
    const province = await new GeographyService(context.em).provinceByCode(provinceCode, undefined, 'provinceCode');
    return signingProgressOf(context, province, null);
  }
}
