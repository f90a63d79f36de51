import type { Client } from 'urql';
import { createUrqlClient } from '../../lib/urql-client';

/**
 * Hands out one urql client per session. Signing in, signing out and a session the server ended
 * each start a new client, and so an empty cache: nothing fetched for one account is shown after
 * another signs in, and no UNAUTHENTICATED answer cached while signed out outlives the sign-in.
 * Shaped for React's useSyncExternalStore.
 */
export class SessionClients {
  private current: Client;
  private readonly listeners = new Set<() => void>();

  constructor() {
    this.current = this.createClient();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getClient = (): Client => this.current;

  readonly startNewSession = (): void => {
    this.current = this.createClient();
    for (const listener of this.listeners) listener();
  };

  private createClient(): Client {
    const client = createUrqlClient({
      // Several queries can fail together; only the first answer to the current client counts.
      // The new client then asks for the viewer, gets null, and the app shows the sign-in page.
      onUnauthenticated: () => {
        if (this.current === client) this.startNewSession();
      },
    });
    return client;
  }
}
