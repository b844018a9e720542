import type { DiffSegment } from '../../../../src/contract/recommendations.js';
import { useI18n } from '../../i18n/i18n-context.js';

/**
 * What changed between two wordings: added words in <ins>, removed ones in <del>, each also
 * marked in words for screen readers and underlined or struck through, not by colour alone.
 */
export function WordDiffView({
  segments,
  testId,
}: {
  segments: readonly DiffSegment[];
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <p className="word-diff" data-testid={testId}>
      {segments.map((segment, index) => {
        if (segment.kind === 'added') {
          return (
            <ins key={index}>
              <span className="visually-hidden">[{t('rec.diffAdded')}] </span>
              {segment.text}
            </ins>
          );
        }
        if (segment.kind === 'removed') {
          return (
            <del key={index}>
              <span className="visually-hidden">[{t('rec.diffRemoved')}] </span>
              {segment.text}
            </del>
          );
        }
        return <span key={index}>{segment.text}</span>;
      })}
    </p>
  );
}
