import type { FindingStatus } from '../../../src/contract/common.js';
import { useI18n } from '../i18n/i18n-context.js';

/** A sign per status, so that colour is never the only cue. */
const SIGNS: Readonly<Record<FindingStatus, string>> = {
  aligned: '✓',
  partial: '◐',
  missing: '✗',
  not_applicable: '–',
  not_assessed: '?',
};

/** A finding's status as a chip: colour, sign and word. */
export function StatusChip({ status, testId }: { status: FindingStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <span className={`chip status status-${status}`} data-testid={testId} data-status={status}>
      <span aria-hidden="true">{SIGNS[status]}</span> {t(`status.${status}`)}
    </span>
  );
}
