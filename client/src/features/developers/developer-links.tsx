import { Anchor, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
// Emitted by the build as files of the app itself (hashed names under /assets/), so the text
// served is always that of the running version.
import apiGuideUrl from '../../../../docs/api.md?url';
import schemaUrl from '../../../../schema.graphql?url';

/** Import templates, served by the server (plain downloads, not app routes). */
const TEMPLATES = ['/templates/participation-figures.csv', '/templates/agreement-statuses.csv'] as const;

/** Where to read about the API, and the spreadsheets the import commands accept. */
export function DeveloperLinks() {
  const { t } = useTranslation('developers');
  return (
    <section aria-labelledby="developer-links-title">
      <Title order={2} size="h3" id="developer-links-title" mt="xl" mb="xs">
        {t('links.title')}
      </Title>
      <List spacing="xs">
        <List.Item>
          <Anchor href={schemaUrl} download="schema.graphql">
            {t('links.schema')}
          </Anchor>{' '}
          <Text span size="sm" c="dimmed">
            {t('links.schemaHint')}
          </Text>
        </List.Item>
        <List.Item>
          <Anchor href={apiGuideUrl} download="api.md">
            {t('links.guide')}
          </Anchor>{' '}
          <Text span size="sm" c="dimmed">
            {t('links.guideHint')}
          </Text>
        </List.Item>
        {TEMPLATES.map((href) => (
          <List.Item key={href}>
            <Anchor href={href} download>
              {t('links.template', { file: href.split('/').pop() })}
            </Anchor>
          </List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed" mt="xs" maw={800}>
        {t('links.templatesHint')}
      </Text>
    </section>
  );
}
