import { Alert, Button, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { ViewerQuery } from '../features/access/access-documents';
import { sendWaitingWrites } from '../lib/offline-writes';
import { useOfflineWrites } from '../lib/use-offline-writes';

/** How often waiting writes are tried again while some wait (`online` events are not always sent). */
const RETRY_EVERY_MS = 10_000;

/**
 * Sends the signed-in person's waiting writes when the app opens, when the browser says the
 * network is back, and every 10 seconds while any wait; and says plainly how many wait, and how
 * many the server refused (shown in full on their agreement's page).
 */
export function OfflineWritesStatus() {
  const { t } = useTranslation();
  const client = useClient();
  const [{ data }] = useQuery({ query: ViewerQuery });
  const accountId = data?.viewer?.id;
  const mine = useOfflineWrites().filter((entry) => entry.accountId === accountId);
  const waiting = mine.filter((entry) => entry.state === 'waiting').length;
  const refused = mine.filter((entry) => entry.state === 'refused').length;

  useEffect(() => {
    if (!accountId || waiting === 0) return;
    const send = () => void sendWaitingWrites(client, accountId);
    if (navigator.onLine) send();
    window.addEventListener('online', send);
    const timer = setInterval(() => navigator.onLine && send(), RETRY_EVERY_MS);
    return () => {
      window.removeEventListener('online', send);
      clearInterval(timer);
    };
  }, [client, accountId, waiting]);

  if (waiting === 0 && refused === 0) return null;
  return (
    <Alert color={refused > 0 ? 'orange' : 'blue'} mb="md" p="xs" role="status" data-testid="pending-writes">
      {waiting > 0 && (
        <Text size="sm" fw={600}>
          {t('offline.waiting', { count: waiting })}{' '}
          <Text span size="sm" fw={400}>
            {t('offline.waitingHint')}
          </Text>
        </Text>
      )}
      {refused > 0 && (
        <Text size="sm" fw={600}>
          {t('offline.refused', { count: refused })}
        </Text>
      )}
      {waiting > 0 && accountId && (
        <Button size="compact-sm" variant="subtle" mt={4} onClick={() => void sendWaitingWrites(client, accountId)}>
          {t('offline.sendNow')}
        </Button>
      )}
    </Alert>
  );
}
