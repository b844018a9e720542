import type { UserSummary } from '../../../../src/contract/auth.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { CreateAccountForm } from './create-account-form.js';
import { accountLabels, sortAccounts } from './model.js';
import { useAccounts } from './queries.js';
import { ResetPasswordAction } from './reset-password-action.js';

/** Site admins: every account, a form to create one, a new one-time password for each. */
export function AccountsPage({ selfId }: { selfId: string }) {
  const { t, language } = useI18n();
  const accounts = useAccounts();
  return (
    <div className="page">
      <h1>{t('accounts.title')}</h1>
      <p className="muted">{t('accounts.intro')}</p>
      {accounts.isPending ? <Loading /> : null}
      {accounts.isError ? (
        <ErrorMessage error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : null}
      {accounts.data === undefined ? null : (
        <div className="table-wrap">
          <table className="table responsive-table" data-testid="accounts-table">
            <caption className="visually-hidden">{t('accounts.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accounts.name')}</th>
                <th scope="col">{t('accounts.email')}</th>
                <th scope="col">{t('accounts.role')}</th>
                <th scope="col">{t('accounts.passwordState')}</th>
                <th scope="col">{t('accounts.created')}</th>
                <th scope="col">{t('accounts.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {sortAccounts(accounts.data.users, language).map((user) => (
                <AccountRow key={user.id} user={user} self={user.id === selfId} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CreateAccountForm />
    </div>
  );
}

function AccountRow({ user, self }: { user: UserSummary; self: boolean }) {
  const { t, language } = useI18n();
  const labels = accountLabels(user);
  return (
    <tr data-testid={`account-row-${user.email}`}>
      <td data-label={t('accounts.name')}>
        {user.name} {self ? <span className="muted">{t('accounts.you')}</span> : null}
      </td>
      <td data-label={t('accounts.email')} className="account-email">
        {user.email}
      </td>
      <td data-label={t('accounts.role')}>{t(labels.role)}</td>
      <td data-label={t('accounts.passwordState')}>
        {user.mustChangePassword ? (
          <span className="chip chip-pending" data-pending="true">
            {t(labels.password)}
          </span>
        ) : (
          t(labels.password)
        )}
      </td>
      <td data-label={t('accounts.created')}>
        <time dateTime={user.createdAt}>{formatDateTime(user.createdAt, language)}</time>
      </td>
      {/* A new password for oneself would end one's own session: not offered here. */}
      <td data-label={self ? undefined : t('accounts.actions')}>
        {self ? null : <ResetPasswordAction user={user} />}
      </td>
    </tr>
  );
}
