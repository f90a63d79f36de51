import { Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/query-state';
import { useSignedInViewer } from '../access';
import { defaultExplorerQuery } from './default-explorer-query';
import { loadExplorerFont } from './explorer-font';

// GraphiQL and Monaco are large: their own chunk, fetched when this section first renders,
// together with the editors' font.
const GraphqlExplorer = lazy(async () => {
  const [explorer] = await Promise.all([import('./graphql-explorer'), loadExplorerFont()]);
  return explorer;
});

/** The GraphQL explorer, opened on the headline question for the person's own province. */
export function ExplorerSection() {
  const { t } = useTranslation('developers');
  const viewer = useSignedInViewer();
  const province = viewer.agency?.province ?? viewer.postOffice?.province ?? null;

  return (
    <section aria-labelledby="explorer-title">
      <Title order={2} size="h3" id="explorer-title" mt="xl" mb="xs">
        {t('explorer.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" maw={800}>
        {t('explorer.intro')}
      </Text>
      <Suspense fallback={<Loading label={t('explorer.loading')} />}>
        <GraphqlExplorer defaultQuery={defaultExplorerQuery(province)} />
      </Suspense>
    </section>
  );
}
