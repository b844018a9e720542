import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { errorText } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/en.js';
import { newPasswordProblem } from './model.js';
import { useChangePassword } from './queries.js';

/** Shown before anything else when the account must change its password. */
export function ChangePasswordPage() {
  const { t } = useI18n();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<MessageKey | undefined>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = newPasswordProblem(next, again);
    setProblem(found);
    if (found === undefined) change.mutate({ current, next });
  }

  const failure = change.error;
  const wrongCurrent =
    failure instanceof ApiError &&
    (failure.code === 'invalid_credentials' || failure.code === 'unauthenticated');
  return (
    <div className="auth-page">
      <h1>{t('password.title')}</h1>
      <p className="muted">{t('password.intro')}</p>
      <form className="form card" onSubmit={submit} aria-label={t('password.title')} noValidate>
        <div className="field">
          <label htmlFor="password-current">{t('password.current')}</label>
          <input
            id="password-current"
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="password-next">{t('password.next')}</label>
          <input
            id="password-next"
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            value={next}
            onChange={(event) => setNext(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="password-again">{t('password.confirm')}</label>
          <input
            id="password-again"
            type="password"
            autoComplete="new-password"
            required
            value={again}
            onChange={(event) => setAgain(event.target.value)}
          />
        </div>
        {problem === undefined && failure === null ? null : (
          <p className="alert alert-error" role="alert">
            {problem !== undefined
              ? t(problem)
              : wrongCurrent
                ? t('password.wrongCurrent')
                : errorText(t, failure)}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={change.isPending}>
          {t('password.submit')}
        </button>
      </form>
    </div>
  );
}
