import type DataLoader from 'dataloader';
import type { RequestContext } from '../../graphql/request-context.js';
import type { Agreement } from './agreement.entity.js';
import { SigningService } from './signing.service.js';

/** Each ward's agreements, newest first, batched across every ward in the response. */
export function agreementsOfWardLoader({ em, loaders }: RequestContext): DataLoader<string, Agreement[]> {
  return loaders.get<string, Agreement[]>('agreementsOfWard', (wardIds) =>
    new SigningService(em).agreementsOfWards(wardIds),
  );
}
