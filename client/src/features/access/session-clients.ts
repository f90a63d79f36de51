import type { StorageAdapter } from '@urql/exchange-graphcache';
import type { Client } from 'urql';
import { ViewerQuery } from './access-documents';
import { clearedCacheStorage, persistedCacheStorage } from '../../lib/offline-storage';
import { forgetLastScreenOnDevice } from '../../lib/live-screen';
import { createUrqlClient } from '../../lib/urql-client';

/**
 * Hands out one urql client per session. Signing in, signing out and a session the server ended
 * each start a new client, and so an empty cache: nothing fetched for one account is shown after
 * another signs in, and no UNAUTHENTICATED answer cached while signed out outlives the sign-in.
 * Only the first client, made when the app opens, starts from the cache kept on the device.
 * Shaped for React's useSyncExternalStore.
 */
export class SessionClients {
  private current: Client;
  private readonly listeners = new Set<() => void>();

  constructor() {
    this.current = this.createClient(persistedCacheStorage());
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getClient = (): Client => this.current;

  readonly startNewSession = (): void => {
    // The last screen was the previous session's (lib/last-screen.ts).
    forgetLastScreenOnDevice();
    this.stopAskingViewer();
    this.current = this.createClient(clearedCacheStorage());
    for (const listener of this.listeners) listener();
  };

  private stopAskingViewer: () => void = () => undefined;

  /**
   * Every page starts with "who is signed in?" (RequireViewer). Asked here, as the client is made
   * with the app's first render, it leaves at once: asked by RequireViewer, it waited until the
   * router had loaded the route's lazy code (on a coordinator's cold visit, the workspace's chunk
   * and translations: about a second on a slow network). Kept asked for the client's life, so
   * RequireViewer shares this operation (it reads it `cache-first`) and the server is asked once.
   */
  private askViewer(client: Client): void {
    const asking = client.query(ViewerQuery, {}, { requestPolicy: 'cache-and-network' }).subscribe(() => undefined);
    this.stopAskingViewer = () => asking.unsubscribe();
  }

  private createClient(storage: StorageAdapter): Client {
    const client = createUrqlClient({
      storage,
      // Several queries can fail together; only the first answer to the current client counts.
      // The new client then asks for the viewer, gets null, and the app shows the sign-in page.
      onUnauthenticated: () => {
        if (this.current === client) this.startNewSession();
      },
    });
    this.askViewer(client);
    return client;
  }
}
