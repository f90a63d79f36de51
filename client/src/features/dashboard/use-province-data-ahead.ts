import { useEffect } from 'react';
import { useClient } from 'urql';
import { FIRST_SCREEN_REQUESTS } from './first-screen-requests';

/**
 * Asks for a province dashboard's first screen (its counts and its lacking list) while the
 * dashboard's own code is still on its way (a chunk of its own, see dashboard-page.tsx), so the
 * two travel side by side instead of one after the other, and the list no longer waits for the
 * counts. The dashboard's panels make their queries from the same list (first-screen-requests.ts),
 * so they share these operations while they are in flight (urql sends each once) and read their
 * answers from the cache. Kept active while the page shows the province; nothing re-renders from
 * here.
 */
export function useProvinceDataAhead(code: string | undefined): void {
  const client = useClient();
  useEffect(() => {
    if (!code) return;
    const asked = Object.values(FIRST_SCREEN_REQUESTS).map((request) => {
      const { query, variables } = request(code);
      return client.query(query, variables).subscribe(() => undefined);
    });
    return () => {
      for (const subscription of asked) subscription.unsubscribe();
    };
  }, [client, code]);
}
