import { type FormEvent, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Loading } from '../../components/query-state';
import { CHECKS_CREDENTIALS } from '../../lib/urql-client';
import { SignInMutation, ViewerQuery } from './access-documents';
import { signInErrorMessage } from './sign-in-error';
import { pathAfterSignIn } from './sign-in-path';
import { useStartNewSession } from './session-provider';

/** Email and password; afterwards, back to the page the person wanted. */
export function SignInPage() {
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
      setErrorMessage(signInErrorMessage(result.error));
      return;
    }
    startNewSession();
    await navigate(next, { replace: true });
  }

  if (checkingViewer) {
    return (
      <main className="app-main">
        <Loading />
      </main>
    );
  }
  // Already signed in (another tab, or the back button): nothing to do here.
  if (data?.viewer) return <Navigate to={next} replace />;

  return (
    <main className="app-main sign-in">
      <p className="brand">Tripartite</p>
      <h1>Đăng nhập</h1>
      <form className="sign-in-form" onSubmit={(event) => void submit(event)} aria-describedby="sign-in-error">
        <label className="field">
          Email
          <input name="email" type="email" autoComplete="username" spellCheck={false} required autoFocus />
        </label>
        <label className="field">
          Mật khẩu
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <p id="sign-in-error" className="status status--error" role="alert">
          {errorMessage}
        </p>
        <button type="submit" className="button" disabled={signingIn} aria-busy={signingIn}>
          {signingIn ? 'Đang đăng nhập…' : 'Đăng nhập'}
        </button>
      </form>
    </main>
  );
}
