import { useState } from 'react';
import type { FormEvent } from 'react';
import { INSTRUMENTS } from '../../../../src/contract/common.js';
import type { Project } from '../../../../src/contract/projects.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { href } from '../../router/routes.js';
import { navigate } from '../../router/use-location.js';
import { useLaws } from '../laws/queries.js';
import { allows } from '../projects/model.js';
import { useRecommendations } from '../recommendations/queries.js';
import { createDraftBody, toggle, validateNewDraft, type NewDraftForm } from './model.js';
import { useCreateDraft } from './queries.js';
import '../../styles/recommendations.css';
import './drafts.css';

const ORIGINS = ['outline', 'law', 'blank'] as const;
const ADOPTED: ReadonlySet<string> = new Set(['adopted', 'adopted_with_changes']);

/**
 * Start a draft: an outline from adopted recommendations (one placeholder article per
 * obligation to cover), a copy of a law in force, or a blank page.
 */
export function NewDraftPage({ project }: { project: Project }) {
  const { t } = useI18n();
  const laws = useLaws(project.id);
  const recommendations = useRecommendations(project.id);
  const create = useCreateDraft(project.id);
  const adopted = (recommendations.data?.recommendations ?? []).filter((item) =>
    ADOPTED.has(item.status),
  );
  const [form, setForm] = useState<NewDraftForm>({
    title: '',
    origin: 'outline',
    lawId: '',
    recommendationIds: [],
    instruments: [],
    language: project.language,
  });
  // Every adopted recommendation is chosen until the drafter changes the choice.
  const [chosen, setChosen] = useState<string[] | null>(null);
  const recommendationIds = chosen ?? adopted.map((item) => item.id);
  const [errors, setErrors] = useState<ReturnType<typeof validateNewDraft>>({});
  const set = <K extends keyof NewDraftForm>(field: K, value: NewDraftForm[K]) =>
    setForm((old) => ({ ...old, [field]: value }));

  if (!allows(project, 'draft.write')) {
    return (
      <div className="page page-narrow">
        <h1>{t('draft.newTitle')}</h1>
        <p>{t('app.forbidden')}</p>
      </div>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const filled = { ...form, recommendationIds };
    const found = validateNewDraft(filled, { adoptedCount: adopted.length });
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first !== undefined) {
      document.getElementById(`new-draft-${first}`)?.focus();
      return;
    }
    create.mutate(createDraftBody(filled), {
      onSuccess: (detail) => navigate(href.draft(project.id, detail.id)),
    });
  }

  const error = (field: keyof typeof errors) => {
    const code = errors[field];
    return code === undefined ? null : (
      <p id={`new-draft-${field}-error`} className="rec-field-error" data-testid={`error-${field}`}>
        {t(`draft.error.${code}`)}
      </p>
    );
  };
  const invalid = (field: keyof typeof errors) =>
    errors[field] === undefined
      ? {}
      : { 'aria-invalid': true as const, 'aria-describedby': `new-draft-${field}-error` };

  return (
    <div className="page page-narrow new-draft-page">
      <p className="breadcrumb">
        <a href={href.drafts(project.id)}>← {t('draft.back')}</a>
      </p>
      <h1>{t('draft.newTitle')}</h1>
      <form className="form card" onSubmit={submit} noValidate data-testid="new-draft-form">
        <div className="field">
          <label htmlFor="new-draft-title">{t('draft.field.title')}</label>
          <input
            id="new-draft-title"
            value={form.title}
            maxLength={400}
            onChange={(event) => set('title', event.target.value)}
            {...invalid('title')}
          />
          {error('title')}
        </div>
        <fieldset className="draft-origins">
          <legend>{t('draft.field.origin')}</legend>
          {ORIGINS.map((origin) => (
            <div className="checkbox" key={origin}>
              <input
                type="radio"
                id={`new-draft-origin-${origin}`}
                name="origin"
                value={origin}
                checked={form.origin === origin}
                aria-describedby={`new-draft-origin-${origin}-hint`}
                onChange={() => set('origin', origin)}
              />
              <label htmlFor={`new-draft-origin-${origin}`}>
                {t(`draft.origin.${origin}`)}
                <span className="hint" id={`new-draft-origin-${origin}-hint`}>
                  {t(`draft.originHint.${origin}`)}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="new-draft-lawId">
            {form.origin === 'law' ? t('draft.field.lawToCopy') : t('draft.field.replaces')}
          </label>
          <select
            id="new-draft-lawId"
            value={form.lawId}
            onChange={(event) => set('lawId', event.target.value)}
            {...invalid('lawId')}
          >
            <option value="">
              {form.origin === 'law' ? t('draft.chooseLaw') : t('draft.noLaw')}
            </option>
            {(laws.data?.laws ?? []).map((law) => (
              <option key={law.id} value={law.id}>
                {law.title}
              </option>
            ))}
          </select>
          {error('lawId')}
        </div>
        {form.origin === 'outline' ? (
          <>
            <fieldset
              className="draft-choices"
              data-testid="new-draft-recommendations"
              {...invalid('recommendationIds')}
            >
              <legend id="new-draft-recommendationIds" tabIndex={-1}>
                {t('draft.field.recommendations')}
              </legend>
              {recommendations.isError ? <ErrorMessage error={recommendations.error} /> : null}
              {recommendations.data !== undefined && adopted.length === 0 ? (
                <p className="hint">{t('draft.noAdopted')}</p>
              ) : null}
              {adopted.map((item) => (
                <div className="checkbox" key={item.id}>
                  <input
                    type="checkbox"
                    id={`new-draft-rec-${item.label}`}
                    checked={recommendationIds.includes(item.id)}
                    onChange={(event) =>
                      setChosen(toggle(recommendationIds, item.id, event.target.checked))
                    }
                  />
                  <label htmlFor={`new-draft-rec-${item.label}`}>
                    <span className="rec-label">{item.label}</span>
                    {item.title}
                    {item.obligationIds.length === 0 ? null : (
                      <span className="rec-ids"> ({item.obligationIds.join(', ')})</span>
                    )}
                  </label>
                </div>
              ))}
              {error('recommendationIds')}
            </fieldset>
            <fieldset className="draft-choices">
              <legend>{t('draft.field.instruments')}</legend>
              <p className="hint">{t('draft.instrumentsHint')}</p>
              {INSTRUMENTS.map((instrument) => (
                <div className="checkbox" key={instrument}>
                  <input
                    type="checkbox"
                    id={`new-draft-instrument-${instrument}`}
                    checked={form.instruments.includes(instrument)}
                    onChange={(event) =>
                      set(
                        'instruments',
                        INSTRUMENTS.filter((item) =>
                          item === instrument
                            ? event.target.checked
                            : form.instruments.includes(item),
                        ),
                      )
                    }
                  />
                  <label htmlFor={`new-draft-instrument-${instrument}`}>
                    {instrument} · {t(`instrument.${instrument}`)}
                  </label>
                </div>
              ))}
            </fieldset>
          </>
        ) : null}
        <div className="field">
          <label htmlFor="new-draft-language">{t('draft.field.language')}</label>
          <select
            id="new-draft-language"
            value={form.language}
            onChange={(event) => set('language', event.target.value === 'en' ? 'en' : 'fr')}
          >
            <option value="fr">{t('language.fr')}</option>
            <option value="en">{t('language.en')}</option>
          </select>
        </div>
        {create.error === null ? null : <ErrorMessage error={create.error} />}
        <div className="rec-toolbar">
          <button
            type="submit"
            className="button button-primary"
            disabled={create.isPending}
            data-testid="new-draft-submit"
          >
            {t('draft.create')}
          </button>
          <a className="button button-quiet" href={href.drafts(project.id)}>
            {t('app.cancel')}
          </a>
        </div>
      </form>
    </div>
  );
}
