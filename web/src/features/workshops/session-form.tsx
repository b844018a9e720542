import { useState } from 'react';
import type { FormEvent } from 'react';
import type { SessionBody } from '../../../../src/contract/workshops.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCatalogue } from '../projects/queries.js';
import { formatDay, parseObligationIds, sessionProblems, type SessionDraft } from './model.js';
import { useRecommendationChoices } from './queries.js';

interface SessionFormProps {
  projectId: string;
  days: readonly string[];
  initial?: SessionDraft;
  pending: boolean;
  error: unknown;
  onSubmit: (body: SessionBody) => void;
  onCancel?: () => void;
}

/** One session of the agenda: day, times, title, and what it discusses. */
export function SessionForm(props: SessionFormProps) {
  const { projectId, days, initial, pending, error, onSubmit, onCancel } = props;
  const { t, language } = useI18n();
  const recommendations = useRecommendationChoices(projectId);
  const catalogue = useCatalogue();
  const [draft, setDraft] = useState<SessionDraft>(
    initial ?? {
      day: days[0] ?? '',
      startsAt: '09:00',
      endsAt: '10:00',
      title: '',
      description: '',
      recommendationIds: [],
      obligationIds: [],
    },
  );
  const [obligationText, setObligationText] = useState(draft.obligationIds.join(', '));
  const [shown, setShown] = useState<ReturnType<typeof sessionProblems>>({});
  const [unknown, setUnknown] = useState<string[]>([]);
  const id = initial === undefined ? 'session-new' : 'session-edit';
  const set = <K extends keyof SessionDraft>(field: K, value: SessionDraft[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const obligationIds = parseObligationIds(obligationText);
    const problems = sessionProblems({ ...draft, obligationIds }, days);
    const known = catalogue.data?.obligations;
    const missing =
      known === undefined
        ? []
        : obligationIds.filter((oid) => !known.some((item) => item.id === oid));
    setShown(problems);
    setUnknown(missing);
    if (Object.keys(problems).length > 0 || missing.length > 0) return;
    onSubmit({ ...draft, obligationIds, title: draft.title.trim() });
  }

  const problem = (field: 'day' | 'endsAt' | 'title') => {
    const key = shown[field];
    return key === undefined ? null : (
      <p className="field-error" id={`${id}-${field}-problem`}>
        {t(key)}
      </p>
    );
  };
  const described = (field: 'day' | 'endsAt' | 'title') =>
    shown[field] === undefined ? undefined : `${id}-${field}-problem`;

  const choices = recommendations.data?.recommendations ?? [];
  return (
    <form className="form" onSubmit={submit} noValidate data-testid={`${id}-form`}>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-day`}>{t('ws.session.day')}</label>
          <select
            id={`${id}-day`}
            value={draft.day}
            aria-describedby={described('day')}
            onChange={(event) => set('day', event.target.value)}
          >
            {days.map((day, index) => (
              <option key={day} value={day}>
                {t('ws.agenda.dayHeading', { number: index + 1, date: formatDay(day, language) })}
              </option>
            ))}
          </select>
          {problem('day')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-starts`}>{t('ws.session.startsAt')}</label>
          <input
            id={`${id}-starts`}
            type="time"
            required
            value={draft.startsAt}
            onChange={(event) => set('startsAt', event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-ends`}>{t('ws.session.endsAt')}</label>
          <input
            id={`${id}-ends`}
            type="time"
            required
            value={draft.endsAt}
            aria-invalid={shown.endsAt === undefined ? undefined : true}
            aria-describedby={described('endsAt')}
            onChange={(event) => set('endsAt', event.target.value)}
          />
          {problem('endsAt')}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('ws.session.title')}</label>
        <input
          id={`${id}-title`}
          data-testid={`${id}-title`}
          required
          maxLength={200}
          value={draft.title}
          aria-invalid={shown.title === undefined ? undefined : true}
          aria-describedby={described('title')}
          onChange={(event) => set('title', event.target.value)}
        />
        {problem('title')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('ws.session.description')}</label>
        <textarea
          id={`${id}-description`}
          rows={2}
          maxLength={4000}
          value={draft.description}
          onChange={(event) => set('description', event.target.value)}
        />
      </div>
      <fieldset className="field recommendation-picker">
        <legend className="field-label">{t('ws.session.recommendations')}</legend>
        {recommendations.isError ? (
          <p className="hint">{t('ws.session.recommendationsUnavailable')}</p>
        ) : choices.length === 0 ? (
          <p className="hint">{t('ws.session.noRecommendations')}</p>
        ) : (
          <ul className="plain-list">
            {choices.map((recommendation) => (
              <li key={recommendation.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={draft.recommendationIds.includes(recommendation.id)}
                    data-testid={`${id}-rec-${recommendation.label}`}
                    onChange={(event) =>
                      set(
                        'recommendationIds',
                        event.target.checked
                          ? [...draft.recommendationIds, recommendation.id]
                          : draft.recommendationIds.filter((rid) => rid !== recommendation.id),
                      )
                    }
                  />{' '}
                  <strong>{recommendation.label}</strong> {recommendation.title}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-obligations`}>{t('ws.session.obligations')}</label>
        <input
          id={`${id}-obligations`}
          data-testid={`${id}-obligations`}
          list="catalogue-obligations"
          value={obligationText}
          aria-describedby={`${id}-obligations-hint${unknown.length > 0 ? ` ${id}-obligations-problem` : ''}`}
          aria-invalid={unknown.length > 0 || undefined}
          onChange={(event) => setObligationText(event.target.value)}
        />
        <datalist id="catalogue-obligations">
          {(catalogue.data?.obligations ?? []).map((obligation) => (
            <option key={obligation.id} value={obligation.id}>
              {obligation.title[language]}
            </option>
          ))}
        </datalist>
        <p className="hint" id={`${id}-obligations-hint`}>
          {t('ws.session.obligationsHint')}
        </p>
        {unknown.length === 0 ? null : (
          <p className="field-error" id={`${id}-obligations-problem`}>
            {t('ws.session.unknownObligations', { ids: unknown.join(', ') })}
          </p>
        )}
      </div>
      {error === null || error === undefined ? null : <ErrorMessage error={error} />}
      <div className="button-row">
        <button
          type="submit"
          className="button button-primary"
          disabled={pending}
          data-testid={`${id}-submit`}
        >
          {t('ws.session.save')}
        </button>
        {onCancel === undefined ? null : (
          <button type="button" className="button" onClick={onCancel}>
            {t('app.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
