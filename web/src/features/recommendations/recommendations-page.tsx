import type { Project } from '../../../../src/contract/projects.js';
import type { RecommendationSummary } from '../../../../src/contract/recommendations.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { nameOf } from '../../i18n/translate.js';
import { href } from '../../router/routes.js';
import { navigate } from '../../router/use-location.js';
import { allows } from '../projects/model.js';
import { useCatalogue } from '../projects/queries.js';
import { filtersFromQuery, filtersToQuery } from './model.js';
import { PriorityChip, RecommendationStatusChip, TypeChip } from './recommendation-chips.js';
import { RecommendationFiltersForm } from './recommendation-filters.js';
import { useRecommendations } from './queries.js';

/** The page header shared by the list and the board: the title, the views, the new button. */
export function RecommendationsHeader({
  project,
  view,
}: {
  project: Project;
  view: 'list' | 'board';
}) {
  const { t } = useI18n();
  return (
    <div className="page-header">
      <h1>{t('rec.title')}</h1>
      <nav className="rec-toolbar" aria-label={t('rec.views')}>
        <a
          className="button button-quiet"
          href={href.recommendations(project.id)}
          aria-current={view === 'list' ? 'page' : undefined}
        >
          {t('rec.listView')}
        </a>
        <a
          className="button button-quiet"
          href={href.recommendationBoard(project.id)}
          aria-current={view === 'board' ? 'page' : undefined}
          data-testid="recommendation-board-link"
        >
          {t('rec.boardView')}
        </a>
        {allows(project, 'recommendation.write') ? (
          <a
            className="button button-primary"
            href={href.newRecommendation(project.id)}
            data-testid="new-recommendation"
          >
            {t('rec.new')}
          </a>
        ) : null}
      </nav>
    </div>
  );
}

/** One recommendation in a list: its number, title, chips and linked obligations. */
export function RecommendationItem({
  projectId,
  item,
  heading: Heading = 'h2',
}: {
  projectId: string;
  item: RecommendationSummary;
  heading?: 'h2' | 'h3';
}) {
  const { t, language } = useI18n();
  return (
    <li className="card rec-list-item" data-testid={`recommendation-${item.label}`}>
      <Heading>
        <a href={href.recommendation(projectId, item.id)}>
          <span className="rec-label">{item.label}</span>
          {item.title}
        </a>
      </Heading>
      <p className="rec-chips">
        <RecommendationStatusChip status={item.status} />
        <TypeChip type={item.type} />
        <PriorityChip priority={item.priority} />
        {item.theme === '' ? null : <span className="chip">{nameOf(t, 'theme', item.theme)}</span>}
      </p>
      {item.obligationIds.length === 0 ? null : (
        <p className="rec-ids">
          <span className="visually-hidden">{t('rec.obligations')}: </span>
          {item.obligationIds.join(' · ')}
        </p>
      )}
      <p className="muted">
        {[item.targetText, item.targetArticle].filter((part) => part !== '').join(', ')}
        {' · '}
        {t('rec.updated', { date: formatDateTime(item.updatedAt, language) })}
      </p>
    </li>
  );
}

/** Every recommendation of the project, filtered by status, type, priority, theme and words. */
export function RecommendationsPage({
  project,
  query,
}: {
  project: Project;
  query: URLSearchParams;
}) {
  const { t } = useI18n();
  const filters = filtersFromQuery(query);
  const list = useRecommendations(project.id, filters);
  const catalogue = useCatalogue();

  return (
    <div className="page">
      <RecommendationsHeader project={project} view="list" />
      <RecommendationFiltersForm
        filters={filters}
        themes={catalogue.data?.themes ?? []}
        onChange={(next) => navigate(href.recommendations(project.id, filtersToQuery(next)))}
      />
      {list.isPending ? <Loading /> : null}
      {list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : null}
      {list.data === undefined ? null : (
        <>
          <p className="muted" role="status" data-testid="recommendation-count">
            {t('rec.count', { count: list.data.recommendations.length })}
          </p>
          {list.data.recommendations.length === 0 ? (
            <p className="empty">{t('rec.none')}</p>
          ) : (
            <ol className="rec-list" data-testid="recommendation-list">
              {list.data.recommendations.map((item) => (
                <RecommendationItem key={item.id} projectId={project.id} item={item} />
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
