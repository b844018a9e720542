import { useI18n } from '../i18n/i18n-context.js';

/** How much of the review is done: a bar with its count in words. */
export function ReviewProgress({ confirmed, total }: { confirmed: number; total: number }) {
  const { t } = useI18n();
  const label = t('progress.label', { confirmed, total });
  const percent = total === 0 ? 0 : Math.round((confirmed / total) * 100);
  return (
    <div className="review-progress">
      <progress
        max={Math.max(total, 1)}
        value={confirmed}
        aria-label={label}
        data-testid="review-progress"
      >
        {percent}%
      </progress>
      <span className="review-progress-text">
        {label} ({percent}%)
      </span>
    </div>
  );
}
