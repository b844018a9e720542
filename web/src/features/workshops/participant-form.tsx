import { useState } from 'react';
import type { FormEvent } from 'react';
import { Sector, Sex, type ParticipantBody } from '../../../../src/contract/workshops.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';

const EMPTY: ParticipantBody = {
  name: '',
  organisation: '',
  sector: 'government',
  functionTitle: '',
  sex: 'female',
  email: '',
  phone: '',
};

const SECTORS = Sector.options;
const SEXES = Sex.options;

const sectorOf = (value: string) => SECTORS.find((sector) => sector === value);
const sexOf = (value: string) => SEXES.find((sex) => sex === value);

interface ParticipantFormProps {
  id: string;
  initial?: ParticipantBody;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (body: ParticipantBody) => void;
  onCancel?: () => void;
}

/** Who a participant is: name, organisation, sector, function, sex and contacts. */
export function ParticipantForm(props: ParticipantFormProps) {
  const { id, initial, pending, error, submitLabel, onSubmit, onCancel } = props;
  const { t } = useI18n();
  const [body, setBody] = useState<ParticipantBody>(initial ?? EMPTY);
  const set = <K extends keyof ParticipantBody>(field: K, value: ParticipantBody[K]) =>
    setBody((current) => ({ ...current, [field]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit({ ...body, name: body.name.trim(), email: body.email.trim() });
  }

  const text = (
    field: 'name' | 'organisation' | 'functionTitle' | 'email' | 'phone',
    options: { type?: string; required?: boolean } = {},
  ) => (
    <div className="field grow">
      <label htmlFor={`${id}-${field}`}>{t(`ws.participant.${field}`)}</label>
      <input
        id={`${id}-${field}`}
        data-testid={`${id}-${field}`}
        type={options.type ?? 'text'}
        required={options.required}
        maxLength={field === 'phone' ? 60 : 200}
        value={body[field]}
        onChange={(event) => set(field, event.target.value)}
      />
    </div>
  );

  return (
    <form className="form" onSubmit={submit} data-testid={`${id}-form`}>
      <div className="field-row">
        {text('name', { required: true })}
        {text('organisation')}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-sector`}>{t('ws.participant.sector')}</label>
          <select
            id={`${id}-sector`}
            value={body.sector}
            onChange={(event) => set('sector', sectorOf(event.target.value) ?? 'other')}
          >
            {SECTORS.map((sector) => (
              <option key={sector} value={sector}>
                {t(`ws.sector.${sector}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sex`}>{t('ws.participant.sex')}</label>
          <select
            id={`${id}-sex`}
            value={body.sex}
            onChange={(event) => set('sex', sexOf(event.target.value) ?? 'undisclosed')}
          >
            {SEXES.map((sex) => (
              <option key={sex} value={sex}>
                {t(`ws.sex.${sex}`)}
              </option>
            ))}
          </select>
        </div>
        {text('functionTitle')}
      </div>
      <div className="field-row">
        {text('email', { type: 'email' })}
        {text('phone', { type: 'tel' })}
      </div>
      {error === null || error === undefined ? null : <ErrorMessage error={error} />}
      <div className="button-row">
        <button
          type="submit"
          className="button button-primary"
          disabled={pending}
          data-testid={`${id}-submit`}
        >
          {submitLabel}
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
