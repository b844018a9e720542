import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { Language } from '../../../../src/contract/common.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import {
  accountProblems,
  generatePassword,
  type AccountField,
  type AccountProblem,
} from './model.js';
import { PasswordField } from './password-field.js';
import { useCreateAccount } from './queries.js';

interface Created {
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

const inputId = (field: AccountField) => `account-${field}`;
const errorId = (field: AccountField) => `account-${field}-error`;

/**
 * Email, name, language and a one-time password shown in clear. Once created, the account's
 * email and password stay on screen for the admin to pass on; the form is ready for the next.
 */
export function CreateAccountForm() {
  const { t } = useI18n();
  const create = useCreateAccount();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [locale, setLocale] = useState<Language>('fr');
  const [password, setPassword] = useState(() => generatePassword());
  const [created, setCreated] = useState<Created | undefined>();

  const problems = accountProblems(create.error);
  const fieldProblem = (field: AccountField) => problems.find((problem) => problem.field === field);
  const words = (problem: AccountProblem) =>
    problem.key === undefined ? problem.text : t(problem.key);
  const general = problems.filter((problem) => problem.field === undefined);

  // After a refusal, the first field at fault takes the focus: its label and error are read.
  const failure = create.error;
  useEffect(() => {
    const first = accountProblems(failure).find((problem) => problem.field !== undefined);
    if (first?.field !== undefined) document.getElementById(inputId(first.field))?.focus();
  }, [failure]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(undefined);
    create.mutate(
      { email, name, password, locale },
      {
        onSuccess: (user) => {
          setCreated({ name: user.name, email: user.email, password });
          setEmail('');
          setName('');
          setPassword(generatePassword());
        },
      },
    );
  }

  const describedBy = (field: AccountField, hint?: string) =>
    [hint, fieldProblem(field) === undefined ? undefined : errorId(field)]
      .filter((id) => id !== undefined)
      .join(' ') || undefined;

  const fieldError = (field: AccountField) => {
    const problem = fieldProblem(field);
    return problem === undefined ? null : (
      <p id={errorId(field)} className="field-error" role="alert">
        {words(problem)}
      </p>
    );
  };

  return (
    <form
      className="form card account-form"
      onSubmit={submit}
      aria-labelledby="new-account-title"
      noValidate
    >
      <h2 id="new-account-title">{t('accounts.new')}</h2>
      <div className="field-row">
        <div className="field grow">
          <label htmlFor={inputId('email')}>{t('accounts.email')}</label>
          <input
            id={inputId('email')}
            type="email"
            autoComplete="off"
            required
            maxLength={200}
            aria-invalid={fieldProblem('email') === undefined ? undefined : true}
            aria-describedby={describedBy('email')}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          {fieldError('email')}
        </div>
        <div className="field grow">
          <label htmlFor={inputId('name')}>{t('accounts.name')}</label>
          <input
            id={inputId('name')}
            autoComplete="off"
            required
            maxLength={120}
            aria-invalid={fieldProblem('name') === undefined ? undefined : true}
            aria-describedby={describedBy('name')}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          {fieldError('name')}
        </div>
        <div className="field">
          <label htmlFor="account-locale">{t('accounts.language')}</label>
          <select
            id="account-locale"
            value={locale}
            onChange={(event) => setLocale(event.target.value === 'en' ? 'en' : 'fr')}
          >
            <option value="fr">{t('language.fr')}</option>
            <option value="en">{t('language.en')}</option>
          </select>
        </div>
      </div>
      <div>
        <PasswordField
          id={inputId('password')}
          label={t('accounts.password')}
          value={password}
          onChange={setPassword}
          describedBy={describedBy('password', 'account-password-hint')}
          invalid={fieldProblem('password') !== undefined}
        />
        <p id="account-password-hint" className="hint">
          {t('accounts.passwordHint')}
        </p>
        {fieldError('password')}
      </div>
      {general.length === 0 ? null : (
        <div className="alert alert-error" role="alert">
          {general.map((problem) => (
            <p key={problem.text}>{words(problem)}</p>
          ))}
        </div>
      )}
      {create.error !== null && problems.length === 0 ? (
        <ErrorMessage error={create.error} />
      ) : null}
      <div>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t('accounts.create')}
        </button>
      </div>
      <div aria-live="polite">
        {created === undefined ? null : (
          <div className="alert alert-success" data-testid="account-created">
            <p>
              <strong>{t('accounts.createdFor', { name: created.name })}</strong>
            </p>
            <p>{t('accounts.giveCredentials', { email: created.email })}</p>
            <p>
              <code className="one-time-password">{created.password}</code>
            </p>
          </div>
        )}
      </div>
    </form>
  );
}
