import { createContext, type ReactNode, useContext, useState, useSyncExternalStore } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { SessionClients } from './session-clients';

const StartNewSessionContext = createContext<(() => void) | null>(null);

/** Provides the current session's urql client to everything below it. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [sessions] = useState(() => new SessionClients());
  const client = useSyncExternalStore(sessions.subscribe, sessions.getClient);
  return (
    <StartNewSessionContext value={sessions.startNewSession}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </StartNewSessionContext>
  );
}

/** Drops everything cached for the previous session: call after signing in or out. */
export function useStartNewSession(): () => void {
  const startNewSession = useContext(StartNewSessionContext);
  if (!startNewSession) throw new Error('useStartNewSession needs a <SessionProvider> above it');
  return startNewSession;
}
