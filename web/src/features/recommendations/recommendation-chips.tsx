import type {
  Priority,
  RecommendationStatus,
  RecommendationType,
} from '../../../../src/core/workshop/vocabulary.js';
import { useI18n } from '../../i18n/i18n-context.js';
import '../../styles/recommendations.css';
import { STATUS_SIGNS } from './model.js';

/** A recommendation's status: sign, word and colour, so colour is never the only cue. */
export function RecommendationStatusChip({
  status,
  testId,
}: {
  status: RecommendationStatus;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <span
      className={`chip rec-status rec-status-${status}`}
      data-testid={testId}
      data-status={status}
    >
      <span aria-hidden="true">{STATUS_SIGNS[status]}</span> {t(`recStatus.${status}`)}
    </span>
  );
}

export function TypeChip({ type }: { type: RecommendationType }) {
  const { t } = useI18n();
  return <span className="chip">{t(`recType.${type}`)}</span>;
}

/** Priority in words, with one to three bars as a second cue. */
export function PriorityChip({ priority }: { priority: Priority }) {
  const { t } = useI18n();
  const bars = priority === 'high' ? '▮▮▮' : priority === 'medium' ? '▮▮▯' : '▮▯▯';
  return (
    <span className={`chip rec-priority rec-priority-${priority}`}>
      <span aria-hidden="true">{bars}</span> {t(`priority.${priority}`)}
    </span>
  );
}
