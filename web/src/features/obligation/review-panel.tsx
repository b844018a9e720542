import type { FindingDetail } from '../../../../src/contract/findings.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { ChangeError } from './change-error.js';
import { useConfirm } from './queries.js';
import { StatusForm } from './status-form.js';

interface ReviewPanelProps {
  projectId: string;
  detail: FindingDetail;
  canEdit: boolean;
  canConfirm: boolean;
}

/** Who confirmed the finding; the Confirm button for reviewers, the status form for analysts. */
export function ReviewPanel({ projectId, detail, canEdit, canConfirm }: ReviewPanelProps) {
  const { t, language } = useI18n();
  const confirm = useConfirm({ projectId, obligationId: detail.obligationId });
  return (
    <section className="card review-panel" aria-labelledby="review-title">
      <h2 id="review-title" className="visually-hidden">
        {t('findings.confirmedBy')}
      </h2>
      <p className="confirmation" data-testid="confirmation">
        {detail.confirmedBy === null
          ? t('obligation.unconfirmed')
          : t('obligation.confirmed', {
              name: detail.confirmedBy.name,
              date: detail.confirmedAt === null ? '' : formatDateTime(detail.confirmedAt, language),
            })}
      </p>
      {canConfirm && detail.confirmedBy === null ? (
        <div className="confirm-action">
          <button
            type="button"
            className="button button-primary"
            disabled={confirm.isPending}
            onClick={() => confirm.mutate(detail.version)}
          >
            {t('obligation.confirm')}
          </button>
          {confirm.error === null ? null : <ChangeError error={confirm.error} />}
        </div>
      ) : null}
      {canEdit ? <StatusForm projectId={projectId} detail={detail} /> : null}
    </section>
  );
}
