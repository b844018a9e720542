import { useState } from 'react';
import type { Project } from '../../../../src/contract/projects.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { StatusChip } from '../../components/status-chip.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { nameOf } from '../../i18n/translate.js';
import { href } from '../../router/routes.js';
import { navigate } from '../../router/use-location.js';
import { allows } from '../projects/model.js';
import { formOf, moveOptions, updateBody } from './model.js';
import { MoveForm } from './move-form.js';
import { useDeleteRecommendation, useRecommendation, useUpdateRecommendation } from './queries.js';
import { PriorityChip, RecommendationStatusChip, TypeChip } from './recommendation-chips.js';
import { RecommendationFormView } from './recommendation-form.js';
import {
  RecommendationComments,
  TransitionHistory,
  WorkshopContributions,
} from './recommendation-record.js';
import { WordingPanel } from './wording-panel.js';

/** One recommendation: its wording and versions, links, lifecycle, and the record of its discussion. */
export function RecommendationPage({
  project,
  recommendationId,
}: {
  project: Project;
  recommendationId: string;
}) {
  const { t, pick, language } = useI18n();
  const recommendation = useRecommendation(project.id, recommendationId);
  const update = useUpdateRecommendation(project.id, recommendationId);
  const remove = useDeleteRecommendation(project.id, recommendationId);
  const [editing, setEditing] = useState(false);

  if (recommendation.isPending) return <Loading />;
  if (recommendation.isError) {
    return (
      <ErrorMessage error={recommendation.error} onRetry={() => void recommendation.refetch()} />
    );
  }
  const detail = recommendation.data;
  const canWrite = allows(project, 'recommendation.write');
  const options = moveOptions({
    status: detail.status,
    allows: (action) => allows(project, action),
    wordingChanged: detail.wordingChangedInDiscussion,
  });

  return (
    <div className="page obligation-page">
      <p className="breadcrumb">
        <a href={href.recommendations(project.id)}>← {t('rec.back')}</a>
      </p>
      <header className="obligation-header">
        <h1>
          <span className="rec-label" data-testid="recommendation-label">
            {detail.label}
          </span>
          {detail.title}
        </h1>
        <p className="rec-chips">
          <RecommendationStatusChip status={detail.status} testId="recommendation-status" />
          <TypeChip type={detail.type} />
          <PriorityChip priority={detail.priority} />
          {detail.theme === '' ? null : (
            <span className="chip">{nameOf(t, 'theme', detail.theme)}</span>
          )}
        </p>
        <p className="muted">
          {[detail.targetLawTitle ?? detail.targetText, detail.targetArticle]
            .filter((part) => part !== '')
            .join(' — ')}
        </p>
        <p className="muted">
          {t('rec.createdBy', {
            name: detail.createdBy.name,
            date: formatDateTime(detail.createdAt, language),
          })}
        </p>
      </header>
      <div className="obligation-layout">
        <div className="obligation-main">
          <WordingPanel
            key={detail.wordingVersion}
            projectId={project.id}
            detail={detail}
            canWrite={canWrite}
          />
          {editing ? (
            <RecommendationFormView
              projectId={project.id}
              initial={formOf(detail)}
              mode="edit"
              pending={update.isPending}
              error={update.error}
              onSubmit={(form) =>
                update.mutate(updateBody(form, detail.version), {
                  onSuccess: () => setEditing(false),
                })
              }
              onCancel={() => setEditing(false)}
            />
          ) : (
            <section className="card" aria-labelledby="rationale-title">
              <h2 id="rationale-title">{t('rec.field.rationale')}</h2>
              {detail.rationale === '' ? (
                <p className="empty">{t('app.none')}</p>
              ) : (
                <p className="rec-wording">{detail.rationale}</p>
              )}
              {canWrite ? (
                <button type="button" className="button" onClick={() => setEditing(true)}>
                  {t('rec.edit')}
                </button>
              ) : null}
            </section>
          )}
          <section className="card" aria-labelledby="links-title">
            <h2 id="links-title">{t('rec.links')}</h2>
            <h3>{t('rec.findings')}</h3>
            {detail.findings.length === 0 ? (
              <p className="empty">{t('app.none')}</p>
            ) : (
              <ul className="rec-linked" data-testid="linked-findings">
                {detail.findings.map((finding) => (
                  <li key={finding.obligationId}>
                    <a href={href.finding(project.id, finding.obligationId)}>
                      <span className="obligation-id">{finding.obligationId}</span>{' '}
                      {pick(finding.title)}
                    </a>{' '}
                    {finding.status === null ? null : <StatusChip status={finding.status} />}
                  </li>
                ))}
              </ul>
            )}
            <h3>{t('rec.obligations')}</h3>
            <ul className="rec-linked">
              {detail.obligations.map((obligation) => (
                <li key={obligation.obligationId}>
                  <span className="obligation-id">{obligation.obligationId}</span>{' '}
                  {pick(obligation.title)}
                </li>
              ))}
            </ul>
          </section>
          <WorkshopContributions detail={detail} />
        </div>
        <aside className="obligation-side" aria-label={t('rec.lifecycle')}>
          <section className="card" aria-labelledby="lifecycle-title">
            <h2 id="lifecycle-title">{t('rec.lifecycle')}</h2>
            {detail.decisionNote === '' ? null : (
              <p>
                <strong>{t('rec.decision')}</strong> {detail.decisionNote}
                {detail.decisionMethod === null
                  ? null
                  : ` (${t(`recMethod.${detail.decisionMethod}`)})`}
              </p>
            )}
            {options.length === 0 ? (
              <p className="muted">{t('rec.noMoves')}</p>
            ) : (
              <MoveForm
                key={detail.version}
                projectId={project.id}
                recommendation={detail}
                options={options}
              />
            )}
            {canWrite && detail.status === 'draft' ? (
              <div>
                <button
                  type="button"
                  className="button button-danger button-small"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (!window.confirm(t('rec.deleteConfirm', { label: detail.label }))) return;
                    remove.mutate(undefined, {
                      onSuccess: () => navigate(href.recommendations(project.id)),
                    });
                  }}
                >
                  {t('rec.delete')}
                </button>
                {remove.error === null ? null : <ErrorMessage error={remove.error} />}
              </div>
            ) : null}
          </section>
          <TransitionHistory detail={detail} />
          <RecommendationComments
            projectId={project.id}
            detail={detail}
            canWrite={allows(project, 'comment.write')}
          />
        </aside>
      </div>
    </div>
  );
}
