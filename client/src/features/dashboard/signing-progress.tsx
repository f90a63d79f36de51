import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HorizontalBars } from '../../components/horizontal-bars';
import { STATUS_COLOR, type StatusWord, useStatusText } from '../../components/status-words';
import type { ProvinceSigningQuery } from '../../graphql/generated/graphql';
import { useFormat } from '../../lib/format';

type Progress = ProvinceSigningQuery['province']['signingProgress'];

/**
 * The counts shown, in workflow order, each with the status word (and so the colour) it counts.
 * A new count of `SigningProgress` is one line here and one in the query.
 */
const PROGRESS_PARTS = [
  { key: 'signed', word: 'SIGNED_IN_EFFECT' },
  { key: 'signedNotYetInEffect', word: 'SIGNED_NOT_YET_IN_EFFECT' },
  { key: 'awaitingSignatures', word: 'AWAITING_SIGNATURES' },
  { key: 'drafting', word: 'DRAFTING' },
  { key: 'notStarted', word: 'NOT_STARTED' },
  { key: 'needsResigning', word: 'NEEDS_RESIGNING' },
] as const satisfies readonly { key: keyof Progress; word: StatusWord }[];

/** Signing progress as numbers and a bar per status (the numbers are the chart's text alternative). */
export function SigningProgress({ progress }: { progress: Progress }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const statusText = useStatusText();
  const parts = PROGRESS_PARTS.map((part) => ({
    ...part,
    color: STATUS_COLOR[part.word],
    label: statusText(part.word),
    value: progress[part.key],
  }));
  return (
    <section aria-labelledby="progress-heading">
      <Title order={2} id="progress-heading" size="h3" mb="xs">
        {t('progress.heading')}
      </Title>
      <Text mb="sm">
        {t('progress.summary', {
          signed: format.number(progress.signed),
          total: format.number(progress.totalWards),
          percent: format.percent(progress.fractionSigned),
          date: format.date(progress.asOf),
        })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" mb="md" component="dl">
        {parts.map((part) => (
          <Paper
            key={part.key}
            withBorder
            p="sm"
            style={{ borderLeft: `4px solid var(--mantine-color-${part.color.replace('.', '-')})` }}
          >
            <Text component="dt" size="sm" c="dimmed">
              {part.label}
            </Text>
            <Text component="dd" m={0} fz="xl" fw={700} className="tabular" data-testid={`progress-${part.key}`}>
              {format.number(part.value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <HorizontalBars
        label={t('progress.chartLabel')}
        formatValue={format.number}
        groups={parts.map((part) => ({
          key: part.key,
          label: part.label,
          bars: [{ key: part.key, label: part.label, color: part.color, value: part.value }],
        }))}
      />
    </section>
  );
}
