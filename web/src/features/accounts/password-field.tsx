import { useI18n } from '../../i18n/i18n-context.js';
import { generatePassword } from './model.js';

/**
 * A one-time password in clear (the admin passes it on) with a button that draws a new one.
 * `describedBy` names the hint and error shown under it.
 */
export function PasswordField({
  id,
  label,
  value,
  onChange,
  describedBy,
  invalid = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  describedBy?: string;
  invalid?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="password-row">
        <input
          id={id}
          type="text"
          className="mono password-input"
          autoComplete="off"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          minLength={10}
          maxLength={200}
          aria-describedby={describedBy}
          aria-invalid={invalid ? true : undefined}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
        <button
          type="button"
          className="button"
          aria-controls={id}
          onClick={() => onChange(generatePassword())}
        >
          {t('accounts.generate')}
        </button>
      </div>
    </div>
  );
}
