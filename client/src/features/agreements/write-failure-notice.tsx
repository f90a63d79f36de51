import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { ConflictState, WriteFailure } from './versioned-write';
import { WRAPPING_BUTTON } from './wrapping-button';
import { useStatusText } from '../../components/status-words';
import { useApiErrorText } from '../../lib/api-error';

type LatestChange = { changedBy: string; changedAt: string } | null | undefined;

/** The last status change of a history. */
export function latestChange(history: readonly { changedBy: string; changedAt: string }[]): LatestChange {
  const last = history.at(-1);
  return last ? { changedBy: last.changedBy, changedAt: last.changedAt } : null;
}

type Props = {
  failure: WriteFailure;
  /** The latest status change now shown, to name who changed it when the server does not say. */
  latestChange?: LatestChange;
  /** Why the same write cannot succeed from where the agreement now stands; null when it can. */
  retryProblem?: string | null;
  sending: boolean;
  onRetry: () => void;
  onDiscard: () => void;
};

/** Who made the change the server reports, and when: its own words if it sends them, else the history. */
function whoAndWhen(
  current: ConflictState,
  latest: LatestChange,
): { who?: string | undefined; when?: string | undefined } {
  if (current.lastChangedBy) return { who: current.lastChangedBy, when: current.lastChangedAt ?? current.updatedAt };
  // The history entry written by that same change carries the same moment (within the transaction).
  if (latest && current.updatedAt && Math.abs(Date.parse(latest.changedAt) - Date.parse(current.updatedAt)) < 5_000)
    return { who: latest.changedBy, when: latest.changedAt };
  return current.updatedAt ? { when: current.updatedAt } : {};
}

/**
 * A write the server refused, said plainly, with the way forward. A conflict names the status
 * and version the agreement now has and who changed it, and offers to send the same values again
 * or to discard them; the values themselves stay in the form either way until the person decides.
 */
export function WriteFailureNotice({ failure, latestChange, retryProblem, sending, onRetry, onDiscard }: Props) {
  const { t } = useTranslation('agreements');
  const statusText = useStatusText();
  const apiErrorText = useApiErrorText();
  const format = useFormat();
  if (failure.kind !== 'conflict') {
    const text = failure.kind === 'network' ? t('failure.network') : apiErrorText(failure.info);
    return (
      <Alert color="red" role="alert" title={text} data-testid="write-failure">
        {failure.kind === 'network' && (
          <Button
            mt="xs"
            size="sm"
            {...WRAPPING_BUTTON}
            variant="outline"
            color="red"
            loading={sending}
            onClick={onRetry}
          >
            {t('failure.retry')}
          </Button>
        )}
      </Alert>
    );
  }
  const { current } = failure;
  const status = current.status ? statusText(current.status) : '?';
  const { who, when } = whoAndWhen(current, latestChange);
  const tail =
    who && when
      ? t('conflict.byAt', { who, when: format.dateTime(when) })
      : when
        ? t('conflict.at', { when: format.dateTime(when) })
        : '.';
  return (
    <Alert color="orange" role="alert" title={t('conflict.title')} data-testid="conflict-notice">
      <Text size="sm">
        {t('conflict.body', { status, version: current.version ?? '?' })}
        {tail}
      </Text>
      <Text size="sm" mt={4}>
        {t('conflict.kept')}
      </Text>
      {retryProblem && (
        <Text size="sm" mt={4} fw={600}>
          {retryProblem}
        </Text>
      )}
      <Group mt="sm" gap="sm">
        <Button size="md" {...WRAPPING_BUTTON} onClick={onRetry} loading={sending} disabled={Boolean(retryProblem)}>
          {t('conflict.retry')}
        </Button>
        <Button size="md" {...WRAPPING_BUTTON} variant="default" onClick={onDiscard}>
          {t('conflict.discard')}
        </Button>
      </Group>
    </Alert>
  );
}
