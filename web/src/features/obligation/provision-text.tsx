import type {
  Evidence,
  ProvisionText as ProvisionTextData,
} from '../../../../src/contract/findings.js';
import { LawTag } from '../../components/law-tag.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { href } from '../../router/routes.js';
import { highlightSegments } from './model.js';

interface ProvisionTextProps {
  projectId: string;
  text: ProvisionTextData | undefined;
  evidence: readonly Evidence[];
  lawName: string | undefined;
}

/** A provision's wording with the evidence marked, beside the candidates. */
export function ProvisionText({ projectId, text, evidence, lawName }: ProvisionTextProps) {
  const { t } = useI18n();
  if (text === undefined) return <p className="empty">{t('obligation.noText')}</p>;
  const segments = highlightSegments(text.text, evidence);
  // A text that opens on a line break would print an empty first line.
  const first = segments[0];
  if (first !== undefined && !first.marked)
    segments[0] = { ...first, text: first.text.trimStart() };
  return (
    <article
      className="provision-text"
      aria-labelledby="provision-text-title"
      data-testid="provision-text"
    >
      <h3 id="provision-text-title">
        <a href={href.law(projectId, text.lawId, text.eId)}>
          {text.label}
          <LawTag name={lawName} />
        </a>
        {text.heading === '' ? null : <span className="provision-heading"> · {text.heading}</span>}
      </h3>
      <p className="law-text">
        {segments.map((segment, index) =>
          segment.marked ? (
            <mark key={index} title={segment.terms.join(', ')}>
              {segment.text}
            </mark>
          ) : (
            <span key={index}>{segment.text}</span>
          ),
        )}
      </p>
    </article>
  );
}
