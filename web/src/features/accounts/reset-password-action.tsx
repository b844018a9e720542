import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import type { UserSummary } from '../../../../src/contract/auth.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { accountProblems, generatePassword } from './model.js';
import { PasswordField } from './password-field.js';
import { useResetPassword } from './queries.js';

type Step = { name: 'idle' } | { name: 'confirm' } | { name: 'done'; password: string };

/**
 * "New one-time password" for one account: a confirmation step with a generated password
 * (which may be changed), then that password shown once for the admin to pass on.
 */
export function ResetPasswordAction({ user }: { user: UserSummary }) {
  const { t } = useI18n();
  const reset = useResetPassword();
  const [step, setStep] = useState<Step>({ name: 'idle' });
  const [password, setPassword] = useState('');
  const trigger = useRef<HTMLButtonElement>(null);
  const confirmText = useRef<HTMLParagraphElement>(null);
  const returnFocus = useRef(false);
  const id = useId();

  useEffect(() => {
    if (step.name === 'confirm') confirmText.current?.focus();
    if (step.name === 'idle' && returnFocus.current) {
      returnFocus.current = false;
      trigger.current?.focus();
    }
  }, [step.name]);

  function open() {
    reset.reset();
    setPassword(generatePassword());
    setStep({ name: 'confirm' });
  }

  function close() {
    returnFocus.current = true;
    setStep({ name: 'idle' });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset.mutate(
      { userId: user.id, password },
      { onSuccess: () => setStep({ name: 'done', password }) },
    );
  }

  function escape(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape' && step.name !== 'idle') {
      event.preventDefault();
      close();
    }
  }

  const problems = accountProblems(reset.error);
  return (
    <div className="account-reset" data-testid={`account-reset-${user.email}`} onKeyDown={escape}>
      {step.name === 'idle' ? (
        <button
          ref={trigger}
          type="button"
          className="button button-small"
          aria-label={t('accounts.resetLabel', { name: user.name })}
          onClick={open}
        >
          {t('accounts.reset')}
        </button>
      ) : null}
      {step.name === 'confirm' ? (
        <form
          className="reset-form"
          onSubmit={submit}
          aria-label={t('accounts.resetLabel', { name: user.name })}
          noValidate
        >
          <p ref={confirmText} tabIndex={-1}>
            {t('accounts.resetConfirm', { name: user.name })}
          </p>
          <PasswordField
            id={`${id}-password`}
            label={t('accounts.newPasswordFor', { name: user.name })}
            value={password}
            onChange={setPassword}
            invalid={problems.some((problem) => problem.field === 'password')}
          />
          {reset.error === null ? null : problems.length === 0 ? (
            <ErrorMessage error={reset.error} />
          ) : (
            <div className="alert alert-error" role="alert">
              {problems.map((problem) => (
                <p key={problem.text}>
                  {problem.key === undefined ? problem.text : t(problem.key)}
                </p>
              ))}
            </div>
          )}
          <div className="button-row">
            <button
              type="submit"
              className="button button-primary button-small"
              disabled={reset.isPending}
            >
              {t('accounts.resetSubmit')}
            </button>
            <button type="button" className="button button-small" onClick={close}>
              {t('app.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      <div aria-live="polite">
        {step.name === 'done' ? (
          <div className="alert alert-success reset-done">
            <p>{t('accounts.resetDone', { name: user.name, email: user.email })}</p>
            <p>
              <code className="one-time-password">{step.password}</code>
            </p>
            <button type="button" className="button button-small" onClick={close}>
              {t('app.close')}
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
