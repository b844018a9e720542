import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { isMessageKey, nameOf, type Translate, type UiLanguage } from '../../i18n/translate.js';
import { describeChanges } from './model.js';
import { useFindingHistory } from './queries.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value of the history in the reader's words: a status, a decision, a date. */
function valueText(t: Translate, value: string, language: UiLanguage): string {
  if (ISO_DATE.test(value)) return formatDateTime(value, language);
  for (const prefix of ['status', 'decision']) {
    const key = `${prefix}.${value}`;
    if (isMessageKey(key)) return t(key);
  }
  return value;
}

/** Who changed the finding, when, and each field from before to after. */
export function FindingHistory({
  projectId,
  obligationId,
}: {
  projectId: string;
  obligationId: string;
}) {
  const { t, language } = useI18n();
  const history = useFindingHistory({ projectId, obligationId });
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('obligation.history')}</h2>
      {history.isPending ? <Loading /> : null}
      {history.isError ? (
        <ErrorMessage error={history.error} onRetry={() => void history.refetch()} />
      ) : null}
      {history.data === undefined ? null : history.data.length === 0 ? (
        <p className="empty">{t('obligation.noHistory')}</p>
      ) : (
        <ol className="history-list" data-testid="finding-history">
          {history.data.map((event) => (
            <li key={event.id} className="history-event">
              <p className="history-meta">
                <strong>{event.actor?.name ?? t('app.unknownUser')}</strong>{' '}
                <time dateTime={event.at} className="muted">
                  {formatDateTime(event.at, language)}
                </time>{' '}
                <span className="history-action">{nameOf(t, 'action', event.action)}</span>
              </p>
              <ul className="change-list">
                {describeChanges(event.before, event.after).map((change) => (
                  <li key={change.field}>
                    {change.field === '' ? null : (
                      <span className="change-field">
                        {t('obligation.fieldChange', {
                          field: nameOf(t, 'field', change.field),
                        })}{' '}
                      </span>
                    )}
                    <span className="change-before">{valueText(t, change.before, language)}</span>
                    <span aria-hidden="true"> → </span>
                    <span className="change-after">{valueText(t, change.after, language)}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
