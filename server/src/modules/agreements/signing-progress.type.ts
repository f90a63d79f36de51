import { todayInVietnam, type WardSigningStatus } from '@tripartite/shared';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { dayWithin } from '../../db/validity.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { GeographyService } from '../geography/geography.service.js';
import type { Province } from '../geography/province.entity.js';
import { standingsOn } from './agreement-loaders.js';
import { signingProgressCounts } from './signing.service.js';
import { PLAIN_STANDING, plainWardStandings, STATUS_ONLY, type PlainWard } from './ward-standing-rows.js';
import { sharedProvinceStandingsIfRead } from './shared-province-standings.js';

/** How far a province has come in getting every ward to sign. */
@ObjectType({
  simpleResolvers: true,
  description:
    'How many of a province’s wards have signed, are signing, must re-sign after a merger, or have not started; the counts add up to `totalWards`.',
})
export class SigningProgress {
  @Field(() => CalendarDateScalar, { description: 'The day the counts are for.' })
  asOf!: string;

  @Field(() => Int, { description: 'Wards, communes and special zones in force on that day.' })
  totalWards!: number;

  @Field(() => Int, { description: 'Wards with a signed agreement in effect.' })
  signed!: number;

  @Field(() => Int, { description: 'Wards whose agreement is signed but takes effect on a later day.' })
  signedNotYetInEffect!: number;

  @Field(() => Int, { description: 'Wards whose current agreement awaits signatures.' })
  awaitingSignatures!: number;

  @Field(() => Int, { description: 'Wards whose current agreement is being drafted.' })
  drafting!: number;

  @Field(() => Int, {
    description:
      'Wards with nothing under way that never signed an agreement of their own, while units merged into them (1 July 2025) had signed theirs: those agreements do not carry over. Listed by `resigningWorklist`.',
  })
  needsResigning!: number;

  @Field(() => Int, {
    description:
      'Wards with nothing under way and nothing to re-sign: no agreement, or the last one terminated, expired or lapsed.',
  })
  notStarted!: number;

  @Field(() => Float, { description: 'Signed wards as a fraction of all wards, from 0 to 1 (0 when there are none).' })
  fractionSigned!: number;

  /** Not in the schema: the wards counted as lacking (all but SIGNED), for fields other modules add. */
  lackingWardIds!: string[];
}

/** A province's progress on the day (today without `asOf`): `Province.signingProgress` and its live twin. */
export async function signingProgressOf(
  context: RequestContext,
  province: Province,
  asOf: string | null | undefined,
): Promise<SigningProgress> {
  const day = dayWithin(province, asOf);
  const { wards, standings } =
    day === todayInVietnam()
      ? // Today: one statement of plain rows (ward-standing-rows.ts); past days read status history.
        await plainStandings(context, province, day)
      : await hydratedStandings(context, province, day);
  const counts = signingProgressCounts(standings);
  return {
    asOf: day,
    totalWards: counts.totalWards,
    signed: counts.SIGNED,
    signedNotYetInEffect: counts.SIGNED_NOT_YET_IN_EFFECT,
    awaitingSignatures: counts.AWAITING_SIGNATURES,
    drafting: counts.DRAFTING,
    needsResigning: counts.NEEDS_RESIGNING,
    notStarted: counts.NOT_STARTED,
    fractionSigned: counts.totalWards === 0 ? 0 : counts.SIGNED / counts.totalWards,
    lackingWardIds: wards.filter((_ward, index) => standings[index]!.status !== 'SIGNED').map((ward) => ward.id),
  };
}

async function plainStandings(
  context: RequestContext,
  province: Province,
  day: string,
): Promise<{ wards: { id: string }[]; standings: { status: WardSigningStatus }[] }> {
  // Read already with the lacking wards when the document asks for both (shared-province-standings.ts).
  const shared = await sharedProvinceStandingsIfRead(context.loaders, province.code, day);
  const wards =
    shared?.every((ward) => ward[PLAIN_STANDING].provinceId === province.id) === true
      ? shared
      : await ownStandings(context, province, day);
  return { wards, standings: wards.map((ward) => ward[PLAIN_STANDING]) };
}

function ownStandings(context: RequestContext, province: Province, day: string): Promise<PlainWard[]> {
  return plainWardStandings(context.rows, {
    province: { id: province.id },
    day,
    onlyLacking: false,
    selection: STATUS_ONLY,
  });
}

async function hydratedStandings(
  context: RequestContext,
  province: Province,
  day: string,
): Promise<{ wards: { id: string }[]; standings: { status: WardSigningStatus }[] }> {
  const wards = await new GeographyService(context.em).wardsOf(province, day);
  return { wards, standings: await standingsOn(context, wards, day) };
}
