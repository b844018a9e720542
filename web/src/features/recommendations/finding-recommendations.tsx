import type { Project } from '../../../../src/contract/projects.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { href } from '../../router/routes.js';
import { allows } from '../projects/model.js';
import { useRecommendations } from './queries.js';
import { RecommendationStatusChip } from './recommendation-chips.js';

/** On a finding's page: the recommendations that answer it, and a way to write one from it. */
export function FindingRecommendations({
  project,
  obligationId,
}: {
  project: Project;
  obligationId: string;
}) {
  const { t } = useI18n();
  const list = useRecommendations(project.id, { obligationId });
  const items = list.data?.recommendations ?? [];
  return (
    <section className="card" aria-labelledby="finding-recommendations-title">
      <h2 id="finding-recommendations-title">
        {t('rec.title')} <span className="muted">({items.length})</span>
      </h2>
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {items.length === 0 ? (
        <p className="empty">{t('rec.noneForFinding')}</p>
      ) : (
        <ul className="rec-linked" data-testid="finding-recommendations">
          {items.map((item) => (
            <li key={item.id}>
              <a href={href.recommendation(project.id, item.id)}>
                <span className="rec-label">{item.label}</span>
                {item.title}
              </a>{' '}
              <RecommendationStatusChip status={item.status} />
            </li>
          ))}
        </ul>
      )}
      {allows(project, 'recommendation.write') ? (
        <a
          className="button"
          href={href.newRecommendation(project.id, obligationId)}
          data-testid="write-recommendation"
        >
          {t('rec.writeFromFinding')}
        </a>
      ) : null}
    </section>
  );
}
