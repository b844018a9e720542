import { useState } from 'react';
import type { Project } from '../../../../src/contract/projects.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { StatusChip } from '../../components/status-chip.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { nameOf } from '../../i18n/translate.js';
import { href } from '../../router/routes.js';
import { lastView } from '../findings/last-view.js';
import { allows } from '../projects/model.js';
import { FindingRecommendations } from '../recommendations/finding-recommendations.js';
import { CandidateList } from './candidate-list.js';
import { FindingComments } from './comment-thread.js';
import { ElementsChecklist } from './elements-checklist.js';
import { FindingHistory } from './finding-history.js';
import { firstProvision } from './model.js';
import { useFinding } from './queries.js';
import { ReviewPanel } from './review-panel.js';

/** One obligation's finding: why the engine says what it says, and the review of it. */
export function ObligationPage({
  project,
  obligationId,
}: {
  project: Project;
  obligationId: string;
}) {
  const { t, pick } = useI18n();
  const finding = useFinding({ projectId: project.id, obligationId });
  const [shown, setShown] = useState<string | undefined>();

  if (finding.isPending) return <Loading />;
  if (finding.isError) {
    return <ErrorMessage error={finding.error} onRetry={() => void finding.refetch()} />;
  }
  const detail = finding.data;
  const summary = pick(detail.summary);

  return (
    <div className="page obligation-page">
      <p className="breadcrumb">
        <a href={href.findings(project.id, new URLSearchParams(lastView(project.id).query))}>
          ← {t('obligation.back')}
        </a>
      </p>
      <header className="obligation-header">
        <h1>
          <span className="obligation-id">{detail.obligationId}</span> {pick(detail.title)}
        </h1>
        <p className="obligation-tags">
          <StatusChip status={detail.status} testId={`status-${detail.obligationId}`} />
          {detail.engineStatus === detail.status ? null : (
            <span className="muted">
              {t('findings.engineSaid', { status: t(`status.${detail.engineStatus}`) })}
            </span>
          )}
          <span className="chip">{t(`instrument.${detail.instrument}`)}</span>
          <span className="chip">{t(`kind.${detail.kind}`)}</span>
          <span className="chip">{nameOf(t, 'theme', detail.theme)}</span>
        </p>
      </header>
      <div className="obligation-layout">
        <div className="obligation-main">
          <section className="card" aria-labelledby="summary-title">
            <h2 id="summary-title">{t('obligation.summary')}</h2>
            {summary === '' ? null : <p>{summary}</p>}
            {detail.explanation === '' ? null : (
              <p className="explanation-text">{detail.explanation}</p>
            )}
            {detail.reason === '' ? null : (
              <>
                <h3>{t('obligation.reason')}</h3>
                <p>{detail.reason}</p>
              </>
            )}
            {detail.updatedBy === null ? null : (
              <p className="muted">{t('obligation.updatedBy', { name: detail.updatedBy.name })}</p>
            )}
          </section>
          <ElementsChecklist projectId={project.id} elements={detail.elements} />
          <CandidateList
            projectId={project.id}
            detail={detail}
            canEdit={allows(project, 'finding.edit')}
            shown={shown ?? firstProvision(detail)}
            onShow={setShown}
          />
        </div>
        <aside className="obligation-side" aria-label={t('obligation.statusForm')}>
          <ReviewPanel
            projectId={project.id}
            detail={detail}
            canEdit={allows(project, 'finding.edit')}
            canConfirm={allows(project, 'finding.confirm')}
          />
          <FindingRecommendations project={project} obligationId={detail.obligationId} />
          <FindingComments
            projectId={project.id}
            obligationId={detail.obligationId}
            comments={detail.comments}
            canWrite={allows(project, 'comment.write')}
          />
          <FindingHistory projectId={project.id} obligationId={detail.obligationId} />
        </aside>
      </div>
    </div>
  );
}
