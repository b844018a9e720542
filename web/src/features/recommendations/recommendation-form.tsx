import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { ApiError } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/en.js';
import { nameOf } from '../../i18n/translate.js';
import { useLaws } from '../laws/queries.js';
import { useCatalogue } from '../projects/queries.js';
import { useFindings } from '../findings/queries.js';
import {
  hasErrors,
  issuesByField,
  PRIORITIES,
  RECOMMENDATION_TYPES,
  validateForm,
  type FormErrors,
  type RecommendationForm,
} from './model.js';

type Field = keyof RecommendationForm;

const LABELS: Readonly<Record<Field, MessageKey>> = {
  title: 'rec.field.title',
  type: 'rec.type',
  priority: 'rec.priority',
  theme: 'rec.theme',
  targetLawId: 'rec.field.targetLaw',
  targetText: 'rec.field.targetText',
  targetArticle: 'rec.field.targetArticle',
  wording: 'rec.field.wording',
  rationale: 'rec.field.rationale',
  findingIds: 'rec.field.findings',
  obligationIds: 'rec.field.obligations',
};

interface RecommendationFormProps {
  projectId: string;
  initial: RecommendationForm;
  /** Create: the wording is written here; edit: it is amended as a new version elsewhere. */
  mode: 'create' | 'edit';
  pending: boolean;
  error: unknown;
  onSubmit: (form: RecommendationForm) => void;
  onCancel?: () => void;
}

/** The fields of a recommendation, each with its own message when something is wrong. */
export function RecommendationFormView({
  projectId,
  initial,
  mode,
  pending,
  error,
  onSubmit,
  onCancel,
}: RecommendationFormProps) {
  const { t } = useI18n();
  const catalogue = useCatalogue();
  const laws = useLaws(projectId);
  const findings = useFindings(projectId);
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const known = new Set(catalogue.data?.obligations.map((item) => item.id));
  const withFindings = new Set(findings.data?.findings.map((row) => row.obligationId));
  const server = error instanceof ApiError ? issuesByField(error.issues) : {};

  const set = <TField extends Field>(field: TField, value: RecommendationForm[TField]) =>
    setForm((old) => ({ ...old, [field]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateForm(form, {
      // Until the lists arrive, the server checks.
      knownObligation: (id) => catalogue.data === undefined || known.has(id),
      knownFinding: (id) => findings.data === undefined || withFindings.has(id),
      withWording: mode === 'create',
    });
    setErrors(found);
    if (hasErrors(found)) {
      const first = Object.keys(found).find((key) => !key.startsWith('unknown'));
      if (first !== undefined) document.getElementById(`rec-${first}`)?.focus();
      return;
    }
    onSubmit(form);
  }

  const message = (field: Field): string[] => {
    const problem = errors[field];
    const own =
      problem === undefined
        ? []
        : problem === 'unknownObligation'
          ? [
              t('rec.error.unknownObligation', {
                ids: (errors.unknownObligations ?? []).join(', '),
              }),
            ]
          : problem === 'unknownFinding'
            ? [t('rec.error.unknownFinding', { ids: (errors.unknownFindings ?? []).join(', ') })]
            : [t(`rec.error.${problem}`)];
    return [...own, ...(server[field] ?? [])];
  };

  const field = (name: Field, control: (props: FieldProps) => ReactNode, hint?: string) => {
    const label = t(LABELS[name]);
    const messages = message(name);
    const describedBy = [
      hint === undefined ? undefined : `rec-${name}-hint`,
      messages.length === 0 ? undefined : `rec-${name}-error`,
    ]
      .filter((id) => id !== undefined)
      .join(' ');
    return (
      <div className="field">
        <label htmlFor={`rec-${name}`}>{label}</label>
        {hint === undefined ? null : (
          <p id={`rec-${name}-hint`} className="hint">
            {hint}
          </p>
        )}
        {control({
          id: `rec-${name}`,
          'aria-invalid': messages.length === 0 ? undefined : true,
          'aria-describedby': describedBy === '' ? undefined : describedBy,
        })}
        {messages.length === 0 ? null : (
          <p id={`rec-${name}-error`} className="rec-field-error" data-testid={`error-${name}`}>
            {messages.join(' ')}
          </p>
        )}
      </div>
    );
  };

  return (
    <form
      className="form card rec-form"
      onSubmit={submit}
      noValidate
      data-testid="recommendation-form"
    >
      {field('title', (props) => (
        <input
          {...props}
          value={form.title}
          maxLength={300}
          onChange={(event) => set('title', event.target.value)}
        />
      ))}
      <div className="rec-form-grid">
        {field('type', (props) => (
          <select
            {...props}
            value={form.type}
            onChange={(event) => set('type', event.target.value as RecommendationForm['type'])}
          >
            {RECOMMENDATION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`recType.${type}`)}
              </option>
            ))}
          </select>
        ))}
        {field('priority', (props) => (
          <select
            {...props}
            value={form.priority}
            onChange={(event) =>
              set('priority', event.target.value as RecommendationForm['priority'])
            }
          >
            {PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {t(`priority.${priority}`)}
              </option>
            ))}
          </select>
        ))}
        {field('theme', (props) => (
          <select
            {...props}
            value={form.theme}
            onChange={(event) => set('theme', event.target.value)}
          >
            <option value="">
              {mode === 'create' ? t('rec.themeFromObligation') : t('rec.noTheme')}
            </option>
            {(catalogue.data?.themes ?? []).map((theme) => (
              <option key={theme} value={theme}>
                {nameOf(t, 'theme', theme)}
              </option>
            ))}
          </select>
        ))}
      </div>
      <div className="rec-form-grid">
        {field('targetLawId', (props) => (
          <select
            {...props}
            value={form.targetLawId}
            onChange={(event) => {
              const lawId = event.target.value;
              const title = laws.data?.laws.find((law) => law.id === lawId)?.title;
              setForm((old) => ({
                ...old,
                targetLawId: lawId,
                targetText: old.targetText === '' && title !== undefined ? title : old.targetText,
              }));
            }}
          >
            <option value="">{t('rec.field.noLaw')}</option>
            {(laws.data?.laws ?? []).map((law) => (
              <option key={law.id} value={law.id}>
                {law.title}
              </option>
            ))}
          </select>
        ))}
        {field('targetText', (props) => (
          <input
            {...props}
            value={form.targetText}
            maxLength={300}
            onChange={(event) => set('targetText', event.target.value)}
          />
        ))}
        {field('targetArticle', (props) => (
          <input
            {...props}
            value={form.targetArticle}
            maxLength={200}
            onChange={(event) => set('targetArticle', event.target.value)}
          />
        ))}
      </div>
      {mode === 'create'
        ? field('wording', (props) => (
            <textarea
              {...props}
              rows={6}
              value={form.wording}
              onChange={(event) => set('wording', event.target.value)}
            />
          ))
        : null}
      {field('rationale', (props) => (
        <textarea
          {...props}
          rows={5}
          value={form.rationale}
          onChange={(event) => set('rationale', event.target.value)}
        />
      ))}
      <div className="rec-form-grid">
        {field(
          'findingIds',
          (props) => (
            <input
              {...props}
              value={form.findingIds}
              onChange={(event) => set('findingIds', event.target.value)}
            />
          ),
          t('rec.field.idsHint'),
        )}
        {field(
          'obligationIds',
          (props) => (
            <input
              {...props}
              value={form.obligationIds}
              onChange={(event) => set('obligationIds', event.target.value)}
            />
          ),
          t('rec.field.idsHint'),
        )}
      </div>
      {error === null || error === undefined ? null : <ErrorMessage error={error} />}
      <div className="rec-toolbar">
        <button
          type="submit"
          className="button button-primary"
          disabled={pending}
          data-testid="recommendation-save"
        >
          {mode === 'create' ? t('rec.create') : t('app.save')}
        </button>
        {onCancel === undefined ? null : (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('app.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

interface FieldProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}
