import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CombinedError } from 'urql';
import { PageTitle } from './page-title';

/** True when the server refused a query to this account (FORBIDDEN): the page is not for their role. */
export function isForbidden(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((graphQLError) => graphQLError.extensions['code'] === 'FORBIDDEN');
}

/**
 * What a page shows to an account whose role may not use it (the server refused its data), inside
 * the shell: a heading, why, and the way back. The navigation hides such pages; this is for an
 * address typed or followed from elsewhere.
 */
export function NotAllowed() {
  const { t } = useTranslation();
  return (
    <section data-testid="not-allowed">
      <PageTitle>{t('notAllowed.title')}</PageTitle>
      <Text mb="md">{t('notAllowed.body')}</Text>
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </section>
  );
}
