import { Box, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementDetailsFragment } from '../../graphql/generated/graphql';
import { useFormat } from '../../lib/format';
import { useStatusText } from '../../components/status-words';

/** Every change of status, oldest first, as an ordered list: screen readers announce "list, n items". */
export function StatusTimeline({ history }: { history: AgreementDetailsFragment['history'] }) {
  const { t } = useTranslation('agreements');
  const statusText = useStatusText();
  const format = useFormat();
  return (
    <section aria-labelledby="status-timeline">
      <Title order={2} size="h3" id="status-timeline" mb="sm">
        {t('agreement.timeline')}
      </Title>
      <Box component="ol" aria-labelledby="status-timeline" m={0} p={0} style={{ listStyle: 'none' }}>
        {history.map((change) => (
          <Box
            component="li"
            key={change.sequence}
            pl="md"
            pb="sm"
            style={{ borderLeft: '3px solid var(--mantine-color-blue-6)' }}
          >
            <Text fw={600}>
              {change.fromStatus
                ? t('agreement.changed', { from: statusText(change.fromStatus), to: statusText(change.toStatus) })
                : t('agreement.created', { to: statusText(change.toStatus) })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('agreement.changedBy', { who: change.changedBy, when: format.dateTime(change.changedAt) })}
            </Text>
            {change.note && <Text size="sm">{change.note}</Text>}
          </Box>
        ))}
      </Box>
    </section>
  );
}
