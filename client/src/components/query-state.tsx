import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';
import { type ReactNode, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { useApiErrorText } from '../lib/api-error';
import { revealLiveScreen } from '../lib/live-screen';

/** What every page shows while its data loads. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text c="dimmed">{label ?? t('state.loading')}</Text>
      </Group>
    </Center>
  );
}

/** Shown when a query answered with nothing to list. */
export function EmptyState({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" py="md">
      {children ?? t('state.empty')}
    </Text>
  );
}

export function isNotFound(error: CombinedError): boolean {
  return error.graphQLErrors.some((graphQLError) => graphQLError.extensions['code'] === 'NOT_FOUND');
}

/**
 * A query that failed: what happened, in the person's words chosen by the error's code (never the
 * server's own message), and a retry (pass urql's `reexecuteQuery` with `{ requestPolicy: 'network-only' }`).
 */
export function QueryError({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const apiErrorText = useApiErrorText();
  const notFound = isNotFound(error);
  // An error is shown as it is, never hidden behind the last screen's copy.
  useLayoutEffect(revealLiveScreen, []);
  return (
    <Alert color="red" role="alert" title={notFound ? t('state.notFound') : t('state.loadFailed')} my="md">
      <Text size="sm">{apiErrorText(error)}</Text>
      {onRetry && !notFound && (
        <Button variant="outline" color="red" size="xs" mt="sm" onClick={onRetry}>
          {t('state.retry')}
        </Button>
      )}
    </Alert>
  );
}

type QueryStateProps = {
  fetching: boolean;
  error?: CombinedError | undefined;
  /** True when the answer has nothing to show. */
  empty?: boolean;
  emptyText?: ReactNode;
  onRetry?: () => void;
  children: ReactNode;
};

/**
 * Loading, error and empty states in one place: renders `children` only when there is data.
 * Keeps showing data already on screen while it is fetched again (stale-while-revalidate).
 */
export function QueryState({ fetching, error, empty = false, emptyText, onRetry, children }: QueryStateProps) {
  if (error) return <QueryError error={error} {...(onRetry ? { onRetry } : {})} />;
  if (fetching && empty) return <Loading />;
  if (empty) return <EmptyState>{emptyText}</EmptyState>;
  return <>{children}</>;
}
