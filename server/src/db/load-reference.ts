import { Reference, wrap } from '@mikro-orm/core';

/**
 * Loads an entity that so far is only a reference (a foreign key). Uses MikroORM's dataloader,
 * so the references of a whole list of rows load in one query per entity type.
 */
export async function loadReference<T extends object>(entity: T): Promise<T> {
  if (wrap(entity).isInitialized()) return entity;
  const loaded = await Reference.create(entity).load({ dataloader: true });
  if (!loaded) throw new Error(`A reference to ${entity.constructor.name} points to a missing row`);
  return loaded as T;
}

/** The same for an optional relation. */
export async function loadOptionalReference<T extends object>(entity: T | null): Promise<T | null> {
  return entity ? loadReference(entity) : null;
}
