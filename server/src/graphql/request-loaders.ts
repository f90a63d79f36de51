import DataLoader from 'dataloader';

/**
 * The DataLoaders of one request, created on first use. Each nested field asks for its loader
 * by name, so a list of 1,000 wards costs one query per relation, not one per ward; nothing is
 * cached beyond the request, so no user ever sees another request's reads.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => batch(keys));
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}
