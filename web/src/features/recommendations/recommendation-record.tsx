import type { RecommendationDetail } from '../../../../src/contract/recommendations.js';
import { CommentThread } from '../../components/comment-thread.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { useCommentOnRecommendation } from './queries.js';
import { RecommendationStatusChip } from './recommendation-chips.js';

/** Every move through the lifecycle: who, when, from what to what, why, and how it was decided. */
export function TransitionHistory({ detail }: { detail: RecommendationDetail }) {
  const { t, language } = useI18n();
  return (
    <section className="card" aria-labelledby="transitions-title">
      <h2 id="transitions-title">{t('rec.history')}</h2>
      {detail.transitions.length === 0 ? (
        <p className="empty">{t('rec.noHistory')}</p>
      ) : (
        <ol className="rec-history" reversed data-testid="transition-list">
          {[...detail.transitions].reverse().map((transition, index) => (
            <li key={`${transition.at}-${index}`}>
              <p className="rec-chips">
                <RecommendationStatusChip status={transition.from} />
                <span aria-hidden="true">→</span>
                <span className="visually-hidden">{t('rec.to')}</span>
                <RecommendationStatusChip status={transition.to} />
              </p>
              <p className="muted">
                {t('rec.byOn', {
                  name: transition.actor.name,
                  date: formatDateTime(transition.at, language),
                })}
                {transition.method === null ? null : ` · ${t(`recMethod.${transition.method}`)}`}
                {transition.tally === null
                  ? null
                  : ` · ${t('rec.tally', {
                      for: transition.tally.for,
                      against: transition.tally.against,
                      abstain: transition.tally.abstain,
                    })}`}
              </p>
              {transition.reason === '' ? null : <p>{transition.reason}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** What participants said and proposed at the workshop, kept with the recommendation. */
export function WorkshopContributions({ detail }: { detail: RecommendationDetail }) {
  const { t, language } = useI18n();
  return (
    <section className="card" aria-labelledby="contributions-title">
      <h2 id="contributions-title">
        {t('rec.contributions')} <span className="muted">({detail.contributions.length})</span>
      </h2>
      {detail.contributions.length === 0 ? (
        <p className="empty">{t('rec.noContributions')}</p>
      ) : (
        <ol className="rec-history" data-testid="contribution-list">
          {detail.contributions.map((item) => (
            <li key={item.id}>
              <p>
                <strong>{item.participant.name}</strong>
                {item.participant.organisation === ''
                  ? null
                  : `, ${item.participant.organisation}`}{' '}
                <span className="chip">{t(`recContribution.${item.kind}`)}</span>{' '}
                <span className="chip">{t(`recContributionStatus.${item.status}`)}</span>
              </p>
              <p className="muted">
                <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, language)}</time>
              </p>
              {item.body === '' ? null : <p>{item.body}</p>}
              {item.proposedWording === null ? null : (
                <blockquote className="rec-wording">{item.proposedWording}</blockquote>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The members' discussion of a recommendation. */
export function RecommendationComments({
  projectId,
  detail,
  canWrite,
}: {
  projectId: string;
  detail: RecommendationDetail;
  canWrite: boolean;
}) {
  const add = useCommentOnRecommendation(projectId, detail.id);
  return (
    <CommentThread
      idPrefix="recommendation"
      testId="recommendation-comments"
      comments={detail.comments}
      canWrite={canWrite}
      post={add}
    />
  );
}
