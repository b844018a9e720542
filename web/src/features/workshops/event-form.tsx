import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { CreateWorkshopBody } from '../../../../src/contract/workshops.js';
import { useI18n } from '../../i18n/i18n-context.js';

const EMPTY: CreateWorkshopBody = {
  title: '',
  startsOn: '',
  endsOn: '',
  place: '',
  organisers: '',
  partners: '',
  description: '',
};

/** The longest workshop the server plans days for (its contract says the same). */
const MAX_DAYS = 31;

function datesOk(details: CreateWorkshopBody): boolean {
  if (details.startsOn === '' || details.endsOn === '' || details.endsOn < details.startsOn) {
    return false;
  }
  const span =
    (Date.parse(`${details.endsOn}T00:00:00Z`) - Date.parse(`${details.startsOn}T00:00:00Z`)) /
    86_400_000;
  return span < MAX_DAYS;
}

interface EventFormProps {
  /** Prefix of the fields' IDs, so two forms can share a page. */
  id: string;
  initial?: CreateWorkshopBody;
  disabled: boolean;
  submitLabel: string;
  onSubmit: (details: CreateWorkshopBody) => void;
  /** Below the fields: the outcome of the last submit. */
  children?: ReactNode;
}

/** The event's details: title, dates, place, organisers, partners, description. */
export function EventForm({
  id,
  initial,
  disabled,
  submitLabel,
  onSubmit,
  children,
}: EventFormProps) {
  const { t } = useI18n();
  const [details, setDetails] = useState<CreateWorkshopBody>(initial ?? EMPTY);
  const [datesProblem, setDatesProblem] = useState(false);
  const set = (field: keyof CreateWorkshopBody) => (value: string) =>
    setDetails((current) => ({ ...current, [field]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ok = datesOk(details);
    setDatesProblem(!ok);
    if (ok) onSubmit(details);
  }

  const text = (field: 'title' | 'place', required = false) => (
    <div className="field grow">
      <label htmlFor={`${id}-${field}`}>{t(`ws.field.${field}`)}</label>
      <input
        id={`${id}-${field}`}
        data-testid={`${id}-${field}`}
        required={required}
        maxLength={200}
        value={details[field]}
        onChange={(event) => set(field)(event.target.value)}
      />
    </div>
  );
  const area = (field: 'organisers' | 'partners' | 'description') => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{t(`ws.field.${field}`)}</label>
      <textarea
        id={`${id}-${field}`}
        rows={field === 'description' ? 3 : 2}
        maxLength={field === 'description' ? 4000 : 1000}
        value={details[field]}
        onChange={(event) => set(field)(event.target.value)}
      />
    </div>
  );
  const date = (field: 'startsOn' | 'endsOn') => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{t(`ws.field.${field}`)}</label>
      <input
        id={`${id}-${field}`}
        data-testid={`${id}-${field}`}
        type="date"
        required
        value={details[field]}
        aria-invalid={datesProblem || undefined}
        aria-describedby={datesProblem ? `${id}-dates-problem` : undefined}
        onChange={(event) => set(field)(event.target.value)}
      />
    </div>
  );

  return (
    <form className="form" onSubmit={submit} noValidate={false}>
      {text('title', true)}
      <div className="field-row">
        {date('startsOn')}
        {date('endsOn')}
        {text('place')}
      </div>
      {datesProblem ? (
        <p className="field-error" id={`${id}-dates-problem`} role="alert">
          {t('ws.datesInvalid')}
        </p>
      ) : null}
      {area('organisers')}
      {area('partners')}
      {area('description')}
      {children}
      <div>
        <button
          type="submit"
          className="button button-primary"
          disabled={disabled}
          data-testid={`${id}-submit`}
        >
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
