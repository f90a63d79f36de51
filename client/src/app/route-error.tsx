import { Anchor, Container, Text, Title } from '@mantine/core';
import { useEffect, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { revealLiveScreen } from '../lib/live-screen';

/**
 * Shown instead of a blank page when a route fails to load or render. The error itself (English,
 * for developers) goes to the console; the person reads a translated sentence.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => console.error(error), [error]);
  // Never hidden behind the last screen's copy.
  useLayoutEffect(revealLiveScreen, []);
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <Container component="main" py="xl" role="alert">
      <Title order={1}>{notFound ? t('notFound.title') : t('error.title')}</Title>
      <Text my="md">{notFound ? t('notFound.body') : t('error.unknown')}</Text>
      <Anchor component={Link} to="/">
        {t('error.home')}
      </Anchor>
    </Container>
  );
}
