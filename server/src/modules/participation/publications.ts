import type { EntityManager } from '@mikro-orm/sql';
import type { z } from 'zod';
import type { publicationRules } from '@tripartite/shared/write-rules';
import { Publication } from './publication.entity.js';

/** The publication a write names: reused when already recorded, so sources are not duplicated. */
export async function findOrCreatePublication(
  em: EntityManager,
  source: z.output<typeof publicationRules>,
): Promise<Publication> {
  const publishedOn = source.publishedOn ?? null;
  const existing = await em.findOne(Publication, { title: source.title, publisher: source.publisher, publishedOn });
  return existing ?? em.create(Publication, { ...source, publishedOn, url: source.url ?? null });
}

export function snapshotPublication(publication: Publication): Record<string, unknown> {
  return { title: publication.title, publisher: publication.publisher, publishedOn: publication.publishedOn };
}
