import { Box, Paper, Progress, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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

/**
 * The answer first: how many wards still lack a signed agreement in effect, in one sentence, and
 * one bar split by status. The bar is decoration for the eye: the sentence and the counts below
 * say the same in text, so screen readers skip it.
 */
export function SigningSummary({ progress }: { progress: Progress }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const lacking = progress.totalWards - progress.signed;
  return (
    <Box>
      <Text fz="lg" fw={600} data-testid="signing-summary">
        {t('progress.answer', {
          count: lacking,
          lacking: format.number(lacking),
          total: format.number(progress.totalWards),
        })}
      </Text>
      <Text size="sm" c="dimmed" mb={6}>
        {t('progress.summary', {
          signed: format.number(progress.signed),
          total: format.number(progress.totalWards),
          percent: format.percent(progress.fractionSigned),
          date: format.date(progress.asOf),
        })}
      </Text>
      <Progress.Root size={14} aria-hidden="true">
        {PROGRESS_PARTS.map((part) => (
          <Progress.Section
            key={part.key}
            value={progress.totalWards ? (100 * progress[part.key]) / progress.totalWards : 0}
            color={STATUS_COLOR[part.word]}
          />
        ))}
      </Progress.Root>
    </Box>
  );
}

/** The wards by signing status, as numbers with the status colour beside each. */
export function SigningCounts({ progress }: { progress: Progress }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const statusText = useStatusText();
  return (
    <section aria-labelledby="progress-heading">
      <Title order={2} id="progress-heading" size="h3" mb="xs">
        {t('progress.heading')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" component="dl" m={0}>
        {PROGRESS_PARTS.map((part) => (
          <Paper
            key={part.key}
            withBorder
            p="sm"
            style={{ borderLeft: `4px solid var(--mantine-color-${STATUS_COLOR[part.word].replace('.', '-')})` }}
          >
            <Text component="dt" size="sm">
              {statusText(part.word)}
            </Text>
            <Text component="dd" m={0} fz="xl" fw={700} className="tabular" data-testid={`progress-${part.key}`}>
              {format.number(progress[part.key])}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
