import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { isConflict } from './queries.js';

/** Why a change to the finding failed; a conflict says the finding was reloaded. */
export function ChangeError({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!isConflict(error)) return <ErrorMessage error={error} />;
  return (
    <p className="alert alert-error" role="alert" data-testid="conflict-message">
      {t('obligation.conflict')}
    </p>
  );
}
