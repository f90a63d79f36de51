import DataLoader from 'dataloader';

/**
 * The DataLoaders of one request, created on first use. Each nested field asks for its loader
 * by name, so a list of 1,000 wards costs one query per relation, not one per ward; nothing is
 * cached beyond the request, so no user ever sees another request's reads.
 */
const MAX_BATCH_SIZE = 5_000;

export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly reads = new Map<string, Promise<unknown>>();

  /** A read several fields of the request need: the first starts it, the others share its answer. */
  shared<T>(key: string, read: () => Promise<T>): Promise<T> {
    let started = this.reads.get(key) as Promise<T> | undefined;
    if (!started) {
      started = read();
      this.reads.set(key, started);
    }
    return started;
  }

  /** The shared read under `key`, when a field of this request has started it. */
  sharedRead<T>(key: string): Promise<T> | undefined {
    return this.reads.get(key) as Promise<T> | undefined;
  }

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      // Bounded batches keep every `IN (…)` list far below SQLite's and PostgreSQL's parameter limits.
      loader = new DataLoader<K, V>((keys) => batch(keys), { maxBatchSize: MAX_BATCH_SIZE });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}
