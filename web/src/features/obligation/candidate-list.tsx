import type { CandidateView, FindingDetail } from '../../../../src/contract/findings.js';
import { LawTag } from '../../components/law-tag.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useLawNames } from '../laws/queries.js';
import { formatNumber } from '../../i18n/format.js';
import { evidenceIn, provisionKey, textOf } from './model.js';
import { ChangeError } from './change-error.js';
import { ProvisionText } from './provision-text.js';
import { useDecideMapping } from './queries.js';

interface CandidateListProps {
  projectId: string;
  detail: FindingDetail;
  canEdit: boolean;
  shown: string | undefined;
  onShow: (key: string) => void;
}

/**
 * The engine's candidates (then look-alikes and conflicts) on one side, the chosen provision's
 * text with its evidence marked on the other; analysts accept or reject each candidate.
 */
export function CandidateList({ projectId, detail, canEdit, shown, onShow }: CandidateListProps) {
  const { t, pick, language } = useI18n();
  const ref = { projectId, obligationId: detail.obligationId };
  const decide = useDecideMapping(ref);
  const lawName = useLawNames(projectId);
  const links = [...detail.candidates, ...detail.lookAlikes, ...detail.conflicts];
  const current =
    links.find((link) => provisionKey(link) === shown) ??
    detail.texts.find((text) => provisionKey(text) === shown);

  const item = (candidate: CandidateView, decidable: boolean) => {
    const key = provisionKey(candidate);
    const label = { label: candidate.label, id: detail.obligationId };
    return (
      <li
        key={key}
        className={key === shown ? 'candidate shown' : 'candidate'}
        data-testid={`candidate-${candidate.eId}`}
      >
        <div className="candidate-head">
          <button
            type="button"
            className="link-button candidate-label"
            aria-pressed={key === shown}
            onClick={() => onShow(key)}
          >
            {candidate.label}
            <LawTag name={lawName(candidate.lawId)} />
          </button>
          <span className="muted">
            {t('obligation.score', {
              score: formatNumber(Math.round(candidate.score * 100) / 100, language),
            })}
          </span>
          {candidate.decision === null ? null : (
            <span className={`chip chip-${candidate.decision}`}>
              {t(`decision.${candidate.decision}`)}
            </span>
          )}
        </div>
        <p className="candidate-reason">
          {candidate.lookAlikeReason === undefined
            ? candidate.implements
              ? t('obligation.implements')
              : null
            : t('obligation.lookAlike', { reason: pick(candidate.lookAlikeReason) })}
        </p>
        {decidable && canEdit ? (
          <div className="candidate-actions">
            <button
              type="button"
              className="button button-small"
              aria-label={t('obligation.acceptLabel', label)}
              disabled={decide.isPending || candidate.decision === 'accepted'}
              onClick={() =>
                decide.mutate({
                  lawId: candidate.lawId,
                  eId: candidate.eId,
                  decision: 'accepted',
                  version: detail.version,
                })
              }
            >
              {t('obligation.accept')}
            </button>
            <button
              type="button"
              className="button button-small button-danger"
              aria-label={t('obligation.rejectLabel', label)}
              disabled={decide.isPending || candidate.decision === 'rejected'}
              onClick={() =>
                decide.mutate({
                  lawId: candidate.lawId,
                  eId: candidate.eId,
                  decision: 'rejected',
                  version: detail.version,
                })
              }
            >
              {t('obligation.reject')}
            </button>
          </div>
        ) : null}
      </li>
    );
  };

  return (
    <section className="card" aria-labelledby="candidates-title">
      <h2 id="candidates-title">{t('obligation.candidates')}</h2>
      {decide.error === null ? null : <ChangeError error={decide.error} />}
      <div className="side-by-side">
        <div className="candidates">
          {detail.candidates.length === 0 ? (
            <p className="empty">{t('obligation.noCandidates')}</p>
          ) : (
            <ol className="candidate-list">
              {detail.candidates.map((candidate) => item(candidate, true))}
            </ol>
          )}
          {detail.lookAlikes.length === 0 ? null : (
            <>
              <h3>{t('obligation.lookAlikes')}</h3>
              <ul className="candidate-list">
                {detail.lookAlikes.map((candidate) => item(candidate, true))}
              </ul>
            </>
          )}
          {detail.conflicts.length === 0 ? null : (
            <>
              <h3>{t('obligation.conflicts')}</h3>
              <ul className="candidate-list">
                {detail.conflicts.map((conflict) => (
                  <li key={provisionKey(conflict)} className="candidate conflict">
                    <button
                      type="button"
                      className="link-button candidate-label"
                      aria-pressed={provisionKey(conflict) === shown}
                      onClick={() => onShow(provisionKey(conflict))}
                    >
                      {conflict.label}
                      <LawTag name={lawName(conflict.lawId)} />
                    </button>
                    <p className="candidate-reason">{pick(conflict.reason)}</p>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div className="text-panel">
          <ProvisionText
            projectId={projectId}
            text={current === undefined ? undefined : textOf(detail, current)}
            lawName={current === undefined ? undefined : lawName(current.lawId)}
            evidence={current === undefined ? [] : evidenceIn(detail, current)}
          />
        </div>
      </div>
    </section>
  );
}
