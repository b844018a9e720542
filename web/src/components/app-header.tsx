import type { CurrentUser } from '../../../src/contract/auth.js';
import { useLogout } from '../features/auth/queries.js';
import { useI18n } from '../i18n/i18n-context.js';
import { UI_LANGUAGES } from '../i18n/translate.js';
import { href } from '../router/routes.js';
import { useLocation } from '../router/use-location.js';

/**
 * The banner: the product, the language switch, the accounts page for site admins, who is
 * logged in and the way out.
 */
export function AppHeader({ user }: { user: CurrentUser | undefined }) {
  const { t, language, chooseLanguage } = useI18n();
  const logout = useLogout();
  const { route } = useLocation();
  return (
    <header className="app-header">
      <a className="brand" href={href.projects()}>
        <span className="brand-mark" aria-hidden="true">
          §
        </span>
        {t('app.name')}
      </a>
      <div className="header-tools">
        <label className="language-switch">
          <span className="visually-hidden">{t('header.language')}</span>
          <select
            value={language}
            onChange={(event) => {
              const next = UI_LANGUAGES.find((option) => option === event.target.value);
              if (next !== undefined) chooseLanguage(next);
            }}
          >
            {UI_LANGUAGES.map((option) => (
              <option key={option} value={option} lang={option}>
                {option.toUpperCase()} · {option === 'fr' ? 'Français' : 'English'}
              </option>
            ))}
          </select>
        </label>
        {user === undefined ? null : (
          <>
            {user.isAdmin && !user.mustChangePassword ? (
              <a
                className="header-link"
                href={href.accounts()}
                aria-current={route.name === 'accounts' ? 'page' : undefined}
              >
                {t('header.accounts')}
              </a>
            ) : null}
            <span className="user-name" title={user.email}>
              {t('header.user', { name: user.name })}
            </span>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => logout.mutate()}
              disabled={logout.isPending}
            >
              {t('header.logout')}
            </button>
          </>
        )}
      </div>
    </header>
  );
}
