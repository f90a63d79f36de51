import { Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { CampaignDetails } from './campaign-details';
import { CampaignResultsQuery } from './campaign-documents';

/**
 * Campaign results (`/campaigns`): the national launch of July 2020 first (campaigns come latest
 * first, and a national one is what people open this page for), the others a choice away.
 */
export default function CampaignsPage() {
  const { t } = useTranslation('campaigns');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CampaignResultsQuery });
  const campaigns = data?.campaigns ?? [];
  const [chosenId, setChosenId] = useState<string | null>(null);
  const campaign =
    campaigns.find((candidate) => candidate.id === chosenId) ??
    campaigns.find((candidate) => candidate.scope === 'NATIONAL') ??
    campaigns[0];

  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <QueryState
        fetching={fetching}
        error={error}
        empty={campaigns.length === 0}
        emptyText={t('empty')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {campaigns.length > 1 && (
          <Select
            label={t('choose')}
            data={campaigns.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
            value={campaign?.id ?? null}
            onChange={setChosenId}
            allowDeselect={false}
            maw={480}
            mb="md"
          />
        )}
        {campaign ? <CampaignDetails campaign={campaign} /> : <Text>{t('empty')}</Text>}
      </QueryState>
    </section>
  );
}
