import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { isUnauthenticated } from '../../lib/urql-client';
import { SignOutMutation, ViewerQuery } from './access-documents';
import { ROLE_LABEL } from './role-labels';
import { SIGN_IN_PATH } from './sign-in-path';
import { useStartNewSession } from './session-provider';

/** Who is signed in, with their role and unit, and the way out. */
export function AccountMenu() {
  const navigate = useNavigate();
  const startNewSession = useStartNewSession();
  const [{ data }] = useQuery({ query: ViewerQuery });
  const [{ fetching: signingOut }, signOut] = useMutation(SignOutMutation);
  const [failed, setFailed] = useState(false);
  async function signOutAndLeave() {
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
    <section className="account" aria-label="Tài khoản">
      <span className="account-name">{viewer.displayName}</span>
      <span className="account-role">
        {ROLE_LABEL[viewer.role]}
        {unit && <> · {unit}</>}
      </span>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => void signOutAndLeave()}
        disabled={signingOut}
        aria-busy={signingOut}
      >
        {signingOut ? 'Đang đăng xuất…' : 'Đăng xuất'}
      </button>
      {failed && (
        <p className="status status--error" role="alert">
          Không đăng xuất được. Hãy thử lại.
        </p>
      )}
    </section>
  );
}
