import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { isUnauthenticated } from '../../lib/urql-client';
import { SignOutMutation, ViewerQuery } from './access-documents';
import { SIGN_IN_PATH } from './sign-in-path';
import { useStartNewSession } from './session-provider';

/**
 * Who is signed in, with their role and unit, and the way out. It sits at the foot of the
 * navigation (inside the burger menu on phones) rather than in a pop-up menu: always reachable
 * by keyboard, and the first download needs no pop-up positioning library (see README).
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const startNewSession = useStartNewSession();
  const [{ data }] = useQuery({ query: ViewerQuery });
  const [{ fetching: signingOut }, signOut] = useMutation(SignOutMutation);
  const [failed, setFailed] = useState(false);
  async function signOutAndLeave() {
    setFailed(false);
    const result = await signOut({});
    // An ended session is as good as signed out; anything else left the cookie in place.
    if (result.error && !isUnauthenticated(result.error)) {
      setFailed(true);
      return;
    }
    startNewSession();
    await navigate(SIGN_IN_PATH, { replace: true });
  }

  const viewer = data?.viewer;
  if (!viewer) return null;
  const unit = viewer.agency?.name ?? viewer.postOffice?.name;

  return (
    <Stack component="section" aria-label={t('account.label')} gap={4} className="account">
      <Text fw={600} size="sm" className="account-name">
        {viewer.displayName}
      </Text>
      <Text size="sm" c="dimmed" className="account-role">
        {t(`role.${viewer.role}`)}
        {unit && <> · {unit}</>}
      </Text>
      <Button
        variant="default"
        size="compact-sm"
        mt={4}
        onClick={() => void signOutAndLeave()}
        disabled={signingOut}
        aria-busy={signingOut}
      >
        {signingOut ? t('account.signingOut') : t('account.signOut')}
      </Button>
      {failed && (
        <Alert color="red" role="alert" p="xs">
          {t('account.signOutFailed')}
        </Alert>
      )}
    </Stack>
  );
}
