import { Text } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveStatus } from '../lib/use-live-province';

/**
 * A quiet word beside a live page's title: live, or reconnecting after a network drop. Plain text
 * and a title rather than Mantine's Badge and Tooltip, which the first visit would pay for.
 */
export function LiveIndicator({ live }: { live: LiveStatus }) {
  const { t } = useTranslation('common');
  const state = useSyncExternalStore(live.subscribe, live.current);
  return (
    <Text
      size="xs"
      // teal.9, not Mantine's teal (shade 6, 2.55:1 on white): small text needs 4.5:1.
      c={state === 'live' ? 'teal.9' : 'dimmed'}
      data-testid="live-indicator"
      data-state={state}
      role="status"
      title={t('live.hint')}
    >
      ● {t(`live.${state}`)}
    </Text>
  );
}
