import { Anchor, Container, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Shown instead of a blank page when a route fails to load or render. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : t('error.unknown');
  return (
    <Container component="main" py="xl" role="alert">
      <Title order={1}>{t('error.title')}</Title>
      <Text my="md">{message}</Text>
      <Anchor component={Link} to="/">
        {t('error.home')}
      </Anchor>
    </Container>
  );
}
