import type { ImportWarning } from '../../../../src/contract/laws.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { sortWarnings } from './model.js';

/** The parser's warnings, each with its line and article when known. */
export function WarningList({
  warnings,
  testId,
}: {
  warnings: readonly ImportWarning[];
  testId: string;
}) {
  const { t } = useI18n();
  if (warnings.length === 0) return <p className="muted">{t('laws.noWarnings')}</p>;
  return (
    <ul className="warning-list" data-testid={testId}>
      {sortWarnings(warnings).map((warning, index) => (
        <li key={index} className={`warning warning-${warning.severity}`}>
          <span className="warning-place">
            {[
              warning.line === undefined ? undefined : t('laws.line', { line: warning.line }),
              warning.article === undefined
                ? undefined
                : t('laws.article', { article: warning.article }),
            ]
              .filter((part) => part !== undefined)
              .join(', ')}
          </span>{' '}
          <span className="warning-message">{warning.message}</span>{' '}
          <code className="muted">{warning.code}</code>
        </li>
      ))}
    </ul>
  );
}
