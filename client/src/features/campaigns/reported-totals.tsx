import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import type { Scheme } from '@tripartite/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';

type ReportedTotal = {
  id: string;
  scheme: Scheme;
  participants: number;
  note?: string | null;
  source: { id: string; title: string; publisher: string; publishedOn?: string | null; url?: string | null };
};

const SCHEMES: readonly Scheme[] = ['VOLUNTARY_SOCIAL_INSURANCE', 'HOUSEHOLD_HEALTH_INSURANCE'];

/**
 * The country-wide totals as each source published them. Where sources disagree (30.269 or
 * 30.369 voluntary participants for July 2020) every figure is shown with its source, and the
 * disagreement is said in words: choosing one would hide what the record does not settle.
 */
export function ReportedTotals({ totals }: { totals: readonly ReportedTotal[] }) {
  const { t } = useTranslation('campaigns');
  const format = useFormat();
  return (
    <section aria-labelledby="reported-totals-title" data-testid="reported-totals">
      <Title order={2} size="h3" id="reported-totals-title" mt="xl" mb="xs">
        {t('totals.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('totals.explanation')}
      </Text>
      {totals.length === 0 && <Text>{t('totals.none')}</Text>}
      {SCHEMES.map((scheme) => {
        const ofScheme = totals.filter((total) => total.scheme === scheme);
        if (ofScheme.length === 0) return null;
        const values = [...new Set(ofScheme.map((total) => total.participants))];
        return (
          <Stack key={scheme} gap={4} mb="md">
            <Title order={3} size="h5">
              {t(`scheme.${scheme}`)}
            </Title>
            {values.length > 1 && (
              <Text size="sm" fw={500} c="orange.9">
                {t('totals.disagree', {
                  count: values.length,
                  scheme: t(`scheme.${scheme}`),
                  values: values.map((value) => format.number(value)).join(' / '),
                })}
              </Text>
            )}
            <List spacing={4} size="sm">
              {ofScheme.map((total) => (
                <List.Item key={total.id}>
                  <Text span fw={700} className="tabular" data-testid="reported-total">
                    {format.number(total.participants)}
                  </Text>{' '}
                  — {t('totals.source', { publisher: total.source.publisher, title: total.source.title })}
                  {total.source.publishedOn &&
                    `, ${t('totals.publishedOn', { date: format.date(total.source.publishedOn) })}`}
                  {total.source.url && (
                    <>
                      {' '}
                      <Anchor href={total.source.url} target="_blank" rel="noreferrer">
                        {t('totals.read')}
                      </Anchor>
                    </>
                  )}
                  {total.note && (
                    <Text span c="dimmed" lang="vi">
                      {' '}
                      ({total.note})
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          </Stack>
        );
      })}
    </section>
  );
}
