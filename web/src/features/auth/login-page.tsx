import { useState } from 'react';
import type { FormEvent } from 'react';
import { errorText } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { loginErrorKey } from './model.js';
import { useLogin } from './queries.js';

/** Email and password; says plainly when they are wrong or when there were too many tries. */
export function LoginPage() {
  const { t } = useI18n();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    login.mutate({ email, password });
  }

  const failure = login.error;
  const key = failure === null ? undefined : loginErrorKey(failure);
  return (
    <div className="auth-page">
      <h1>{t('login.title')}</h1>
      <p className="muted">{t('login.intro')}</p>
      <form className="form card" onSubmit={submit} aria-label={t('login.title')} noValidate>
        <div className="field">
          <label htmlFor="login-email">{t('login.email')}</label>
          <input
            id="login-email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('login.password')}</label>
          <input
            id="login-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        {failure === null ? null : (
          <p className="alert alert-error" role="alert" data-testid="login-error">
            {key === undefined ? errorText(t, failure) : t(key)}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={login.isPending}>
          {login.isPending ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </div>
  );
}
