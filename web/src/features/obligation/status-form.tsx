import { useState } from 'react';
import type { FormEvent } from 'react';
import { FINDING_STATUSES, type FindingStatus } from '../../../../src/contract/common.js';
import type { FindingDetail } from '../../../../src/contract/findings.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ChangeError } from './change-error.js';
import { useSetStatus } from './queries.js';

/** An analyst sets the status with a reason; a stale version is refused and reloaded. */
export function StatusForm({ projectId, detail }: { projectId: string; detail: FindingDetail }) {
  const { t } = useI18n();
  const setStatus = useSetStatus({ projectId, obligationId: detail.obligationId });
  const [status, setStatusValue] = useState<FindingStatus>(detail.status);
  const [reason, setReason] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus.mutate(
      { status, reason, version: detail.version },
      { onSuccess: () => setReason('') },
    );
  }

  return (
    <form className="form" onSubmit={submit} aria-labelledby="status-form-title">
      <h3 id="status-form-title">{t('obligation.statusForm')}</h3>
      <div className="field">
        <label htmlFor="status-select">{t('obligation.newStatus')}</label>
        <select
          id="status-select"
          value={status}
          onChange={(event) => {
            const next = FINDING_STATUSES.find((value) => value === event.target.value);
            if (next !== undefined) setStatusValue(next);
          }}
        >
          {FINDING_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`status.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="status-reason">{t('obligation.reasonLabel')}</label>
        <textarea
          id="status-reason"
          required
          rows={3}
          maxLength={4000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      {setStatus.error === null ? null : <ChangeError error={setStatus.error} />}
      <div>
        <button type="submit" className="button button-primary" disabled={setStatus.isPending}>
          {t('obligation.setStatus')}
        </button>
      </div>
    </form>
  );
}
