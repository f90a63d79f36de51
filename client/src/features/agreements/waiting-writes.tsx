import { Alert, List, Stack, Text } from '@mantine/core';
import type { AgreementParty, AgreementStatus } from '@tripartite/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import type { AgreementDetailsFragment } from '../../graphql/generated/graphql';
import { discardWrite, type QueuedWrite, retryWrite, sendWaitingWrites } from '../../lib/offline-writes';
import { useAgreementWrites } from '../../lib/use-offline-writes';
import { useSignedInViewerId } from '../access';
import type { ConflictState, WriteFailure } from './versioned-write';
import { latestChange, WriteFailureNotice } from './write-failure-notice';
import { useStatusText } from '../../components/status-words';
import { infoFromExtensions } from '../../lib/api-error';

type Props = { agreement: AgreementDetailsFragment; onRefused: () => void };

/**
 * This agreement's changes made without a network: those still waiting, listed plainly, and those
 * the server refused once sent, each with the same CONFLICT panel as a write refused at once
 * (send again against the version it now has, or discard). The person's note is shown with it,
 * and stays in the status form until the change is accepted or discarded.
 */
export function WaitingWrites({ agreement, onRefused }: Props) {
  const { t } = useTranslation('agreements');
  const statusText = useStatusText();
  const client = useClient();
  const viewerId = useSignedInViewerId();
  const writes = useAgreementWrites(agreement.id, viewerId ?? undefined);
  const refusedCount = writes.filter((entry) => entry.state === 'refused').length;
  // A refusal means someone else changed the agreement: show what it is now.
  useEffect(() => {
    if (refusedCount > 0) onRefused();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per new refusal
  }, [refusedCount]);
  if (!viewerId || writes.length === 0) return null;
  const waiting = writes.filter((entry) => entry.state === 'waiting');
  const refused = writes.filter((entry) => entry.state === 'refused');
  const describe = (entry: QueuedWrite) =>
    entry.summary.key === 'offline.signature'
      ? t('offline.signature', { party: t(`party.${entry.summary.values['party'] as AgreementParty}`) })
      : t('offline.status', { status: statusText(entry.summary.values['status'] as AgreementStatus) });

  return (
    <Stack gap="sm" data-testid="waiting-writes">
      {waiting.length > 0 && (
        <Alert color="blue" title={t('offline.waitingTitle')}>
          <Text size="sm">{t('offline.waitingHint')}</Text>
          <List size="sm" mt={4}>
            {waiting.map((entry) => (
              <List.Item key={entry.id}>{describe(entry)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {refused.map((entry) => {
        const note = entry.variables.input['note'];
        return (
          <Stack key={entry.id} gap={4}>
            <Text size="sm" fw={600}>
              {t('offline.refusedTitle')}: {describe(entry)}
            </Text>
            {typeof note === 'string' && <Text size="sm">{t('offline.yourNote', { note })}</Text>}
            <WriteFailureNotice
              failure={asFailure(entry)}
              latestChange={latestChange(agreement.history)}
              sending={false}
              onRetry={() =>
                void retryWrite(entry.id, Number(entry.refusal?.current?.['version'] ?? agreement.version)).then(() =>
                  sendWaitingWrites(client, viewerId),
                )
              }
              onDiscard={() => void discardWrite(entry.id)}
            />
          </Stack>
        );
      })}
    </Stack>
  );
}

function asFailure(entry: QueuedWrite): WriteFailure {
  const refusal = entry.refusal;
  switch (refusal?.code) {
    case 'CONFLICT':
      return { kind: 'conflict', current: (refusal.current ?? {}) as ConflictState };
    default:
      return { kind: 'refused', info: infoFromExtensions({ code: refusal?.code }) };
  }
}
