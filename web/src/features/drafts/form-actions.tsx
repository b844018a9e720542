import type { FormEvent, ReactNode } from 'react';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** The foot of a drafting form: the failure, if any, then submit and cancel. */
export function FormActions(props: {
  error: unknown;
  disabled: boolean;
  submitLabel: string;
  testId: string;
  onCancel: () => void;
}) {
  const { error, disabled, submitLabel, testId, onCancel } = props;
  const { t } = useI18n();
  return (
    <>
      {error === null ? null : <ErrorMessage error={error} />}
      <div className="rec-toolbar">
        <button
          type="submit"
          className="button button-primary"
          disabled={disabled}
          data-testid={testId}
        >
          {submitLabel}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('app.cancel')}
        </button>
      </div>
    </>
  );
}

/** A form opened under a unit of the draft: Escape closes it, like its cancel button. */
export function UnitFormFrame(props: {
  label: string;
  testId: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { label, testId, onSubmit, onClose, children } = props;
  return (
    <form
      className="form draft-unit-form"
      onSubmit={onSubmit}
      aria-label={label}
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      {children}
    </form>
  );
}
