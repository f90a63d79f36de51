import type DataLoader from 'dataloader';
import type { RequestContext } from '../../graphql/request-context.js';
import type { Ward } from '../geography/ward.entity.js';
import type { Agreement } from './agreement.entity.js';
import { SigningService, type WardStanding } from './signing.service.js';

/** Each ward's agreements, newest first, batched across every ward in the response. */
export function agreementsOfWardLoader({ em, loaders }: RequestContext): DataLoader<string, Agreement[]> {
  return loaders.get<string, Agreement[]>('agreementsOfWard', (wardIds) =>
    new SigningService(em).agreementsOfWards(wardIds),
  );
}

/** Where each ward stood on a day; one batched load of agreements (and, for past days, history). */
export async function standingsOn(
  context: RequestContext,
  wards: readonly Ward[],
  day: string,
): Promise<WardStanding[]> {
  const signing = new SigningService(context.em);
  const loader = agreementsOfWardLoader(context);
  return Promise.all(wards.map(async (ward) => signing.standingOn(await loader.load(ward.id), day)));
}
