import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from './page-title';

/**
 * What a page shows for something that does not exist (an unknown address, a ward code that
 * names no ward), inside the app's shell: a heading, a sentence, the way back.
 */
export function NotFound({ children }: { children?: string }) {
  const { t } = useTranslation();
  return (
    <section data-testid="not-found">
      <PageTitle>{t('notFound.title')}</PageTitle>
      <Text mb="md">{children ?? t('notFound.body')}</Text>
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </section>
  );
}
