import { Alert, Button, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { forgetThisDevice } from '../../lib/device-data';
import { isUnauthenticated } from '../../lib/urql-client';
import { useOfflineWrites } from '../../lib/use-offline-writes';
import { SignOutMutation, ViewerQuery } from './access-documents';
import { SIGN_IN_PATH } from './sign-in-path';
import { useStartNewSession } from './session-provider';

// The dialog (Mantine's Modal, its focus trap and scroll area) is rarely needed: it loads when asked,
// not with every page's first download.
const SignOutConfirm = lazy(() => import('./sign-out-confirm'));

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
  const viewerId = data?.viewer?.id;
  const unsent = useOfflineWrites().filter((entry) => entry.accountId === viewerId).length;
  const [confirming, setConfirming] = useState(false);

  async function signOutAndLeave() {
    setConfirming(false);
    setFailed(false);
    const result = await signOut({});
    // An ended session is as good as signed out; anything else left the cookie in place.
    if (result.error && !isUnauthenticated(result.error)) {
      setFailed(true);
      return;
    }
    await forgetThisDevice();
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
        // Unsent changes would be lost: say so first.
        onClick={() => (unsent > 0 ? setConfirming(true) : void signOutAndLeave())}
        disabled={signingOut}
        aria-busy={signingOut}
      >
        {signingOut ? t('account.signingOut') : t('account.signOut')}
      </Button>
      {confirming && (
        <Suspense fallback={null}>
          <SignOutConfirm
            unsent={unsent}
            onStay={() => setConfirming(false)}
            onSignOut={() => void signOutAndLeave()}
          />
        </Suspense>
      )}
      {failed && (
        <Alert color="red" role="alert" p="xs">
          {t('account.signOutFailed')}
        </Alert>
      )}
    </Stack>
  );
}
