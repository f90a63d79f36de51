import { Button, Container, Group, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { LanguageSwitch } from '../../components/language-switch';
import { PageTitle } from '../../components/page-title';
import { Loading } from '../../components/query-state';
import { CHECKS_CREDENTIALS } from '../../lib/urql-client';
import { SignInMutation, ViewerQuery } from './access-documents';
import { signInErrorMessage } from './sign-in-error';
import { pathAfterSignIn } from './sign-in-path';
import { useStartNewSession } from './session-provider';

/** Email and password; afterwards, back to the page the person wanted. */
export function SignInPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const startNewSession = useStartNewSession();
  const [{ data, fetching: checkingViewer }] = useQuery({ query: ViewerQuery });
  const [{ fetching: signingIn }, signIn] = useMutation(SignInMutation);
  const [errorMessage, setErrorMessage] = useState<string | null>(null);
  const next = pathAfterSignIn(location.search);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signingIn) return;
    const form = new FormData(event.currentTarget);
    setErrorMessage(null);
    const result = await signIn(
      { email: String(form.get('email')), password: String(form.get('password')) },
      CHECKS_CREDENTIALS,
    );
    if (result.error) {
      setErrorMessage(signInErrorMessage(result.error, t));
      return;
    }
    startNewSession();
    await navigate(next, { replace: true });
  }

  if (checkingViewer) return <Loading />;
  // Already signed in (another tab, or the back button): nothing to do here.
  if (data?.viewer) return <Navigate to={next} replace />;

  return (
    <Container component="main" size={420} py="xl">
      <Group justify="space-between" mb="lg">
        <Text fw={600} fz="lg" c="brand.6">
          {t('appName')}
        </Text>
        <LanguageSwitch />
      </Group>
      <PageTitle>{t('signIn.title')}</PageTitle>
      <Paper
        component="form"
        withBorder
        p="lg"
        onSubmit={(event) => void submit(event)}
        aria-describedby="sign-in-error"
      >
        <Stack>
          <TextInput
            name="email"
            type="email"
            label={t('signIn.email')}
            autoComplete="username"
            spellCheck={false}
            required
            autoFocus
          />
          <PasswordInput
            name="password"
            label={t('signIn.password')}
            autoComplete="current-password"
            required
            // Mantine's eye button has no name of its own. Worded without "password", so the
            // field stays the only thing labelled "Mật khẩu".
            visibilityToggleButtonProps={{ 'aria-label': t('signIn.togglePassword') }}
          />
          {/* Stays in the page while empty, so screen readers announce what appears in it. */}
          <Text id="sign-in-error" role="alert" c="red.6" size="sm">
            {errorMessage}
          </Text>
          <Button type="submit" disabled={signingIn} aria-busy={signingIn}>
            {signingIn ? t('signIn.submitting') : t('signIn.submit')}
          </Button>
        </Stack>
      </Paper>
    </Container>
  );
}
