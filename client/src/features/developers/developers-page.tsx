import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title';
import { ApiTokenList } from './api-token-list';
import { CreateApiTokenForm } from './create-api-token-form';
import { DeveloperLinks } from './developer-links';
import { ExplorerSection } from './explorer-section';

/** For developers (`/developers`): personal API tokens, the GraphQL explorer and the docs. */
export default function DevelopersPage() {
  const { t } = useTranslation('developers');
  return (
    <section>
      <PageTitle>{t('title')}</PageTitle>
      <Text maw={800} mb="md">
        {t('intro')}
      </Text>
      <section aria-labelledby="api-tokens-title">
        <Title order={2} size="h3" id="api-tokens-title" mb="xs">
          {t('tokens.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm" maw={800}>
          {t('tokens.intro')}
        </Text>
        <Stack gap="lg">
          <ApiTokenList />
          <CreateApiTokenForm />
        </Stack>
      </section>
      <ExplorerSection />
      <DeveloperLinks />
    </section>
  );
}
