import { ApiError } from '../api/client.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { Translate } from '../i18n/translate.js';

/** A failure in words for the reader: connection, permission, or the server's own message. */
export function errorText(t: Translate, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'network') return t('app.offline');
    if (error.code === 'forbidden') return t('app.forbidden');
    const details = error.issues.length > 0 ? ` (${error.issues.join('; ')})` : '';
    return `${error.message}${details}`;
  }
  return t('app.error', { message: error instanceof Error ? error.message : String(error) });
}

/** An alert with the failure and, when given, a way to try again. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="alert alert-error" role="alert">
      <p>{errorText(t, error)}</p>
      {onRetry === undefined ? null : (
        <button type="button" className="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}

/** A polite placeholder while data loads. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
