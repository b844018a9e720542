import { useState } from 'react';
import type { DragEvent } from 'react';
import type { Project } from '../../../../src/contract/projects.js';
import type { RecommendationSummary } from '../../../../src/contract/recommendations.js';
import type { RecommendationStatus } from '../../../../src/core/workshop/vocabulary.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { nameOf } from '../../i18n/translate.js';
import { href } from '../../router/routes.js';
import { navigate } from '../../router/use-location.js';
import { allows } from '../projects/model.js';
import { useCatalogue } from '../projects/queries.js';
import {
  BOARD_GROUPINGS,
  boardColumns,
  groupingFromQuery,
  isOneOf,
  moveOptions,
  RECOMMENDATION_STATUSES,
  type BoardGrouping,
} from './model.js';
import { MoveForm } from './move-form.js';
import { PriorityChip, RecommendationStatusChip, TypeChip } from './recommendation-chips.js';
import { RecommendationsHeader } from './recommendations-page.js';
import { useRecommendations } from './queries.js';

function columnTitle(t: ReturnType<typeof useI18n>['t'], grouping: BoardGrouping, key: string) {
  if (grouping === 'status') return nameOf(t, 'recStatus', key);
  if (grouping === 'priority') return nameOf(t, 'priority', key);
  return key === '' ? t('rec.noTheme') : nameOf(t, 'theme', key);
}

function BoardCard({
  project,
  item,
  grouping,
  preset,
  onClose,
}: {
  project: Project;
  item: RecommendationSummary;
  grouping: BoardGrouping;
  preset: RecommendationStatus | undefined;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [moving, setMoving] = useState(false);
  const options = moveOptions({ status: item.status, allows: (action) => allows(project, action) });
  const usable = preset !== undefined && options.some((option) => option.to === preset);
  const open = moving || usable;
  const close = () => {
    setMoving(false);
    onClose();
  };
  return (
    <li
      className="rec-card"
      data-testid={`card-${item.label}`}
      draggable={grouping === 'status' && options.length > 0}
      onDragStart={(event: DragEvent) => event.dataTransfer.setData('text/plain', item.id)}
    >
      <h3>
        <a href={href.recommendation(project.id, item.id)}>
          <span className="rec-label">{item.label}</span>
          {item.title}
        </a>
      </h3>
      <p className="rec-chips">
        {grouping === 'status' ? null : <RecommendationStatusChip status={item.status} />}
        <TypeChip type={item.type} />
        {grouping === 'priority' ? null : <PriorityChip priority={item.priority} />}
      </p>
      {item.obligationIds.length === 0 ? null : (
        <p className="rec-ids">
          <span className="visually-hidden">{t('rec.obligations')}: </span>
          {item.obligationIds.join(' · ')}
        </p>
      )}
      {options.length === 0 ? null : open ? (
        <>
          <MoveForm
            projectId={project.id}
            recommendation={item}
            options={options}
            preset={usable ? preset : undefined}
            compact
            onDone={close}
          />
          <button type="button" className="button button-quiet button-small" onClick={close}>
            {t('app.cancel')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button-small"
          aria-expanded={false}
          onClick={() => setMoving(true)}
          data-testid={`move-open-${item.label}`}
        >
          {t('rec.move')}
          <span className="visually-hidden"> {item.label}</span>
        </button>
      )}
    </li>
  );
}

/**
 * The recommendations as a board: one column per status (or theme, or priority). A card moves
 * with its "Move" button (a status and a reason), or by dragging it onto a status column.
 */
export function RecommendationBoardPage({
  project,
  query,
}: {
  project: Project;
  query: URLSearchParams;
}) {
  const { t } = useI18n();
  const grouping = groupingFromQuery(query);
  const list = useRecommendations(project.id);
  const catalogue = useCatalogue();
  const [dropTarget, setDropTarget] = useState<string | undefined>();
  const [dropped, setDropped] = useState<{ id: string; to: RecommendationStatus } | undefined>();

  const columns = boardColumns(
    list.data?.recommendations ?? [],
    grouping,
    catalogue.data?.themes ?? [],
  );

  function drop(event: DragEvent, key: string) {
    event.preventDefault();
    setDropTarget(undefined);
    const id = event.dataTransfer.getData('text/plain');
    if (id !== '' && isOneOf(RECOMMENDATION_STATUSES, key)) setDropped({ id, to: key });
  }

  return (
    <div className="page">
      <RecommendationsHeader project={project} view="board" />
      <div className="field rec-toolbar">
        <label htmlFor="board-grouping">{t('rec.groupBy')}</label>
        <select
          id="board-grouping"
          value={grouping}
          onChange={(event) => navigate(href.recommendationBoard(project.id, event.target.value))}
        >
          {BOARD_GROUPINGS.map((item) => (
            <option key={item} value={item}>
              {t(`rec.groupBy.${item}`)}
            </option>
          ))}
        </select>
      </div>
      {list.isPending ? <Loading /> : null}
      {list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : null}
      {list.data === undefined ? null : (
        <div className="rec-board" data-testid="recommendation-board">
          {columns.map((column) => (
            <section
              key={column.key}
              className={dropTarget === column.key ? 'rec-column drop-target' : 'rec-column'}
              aria-labelledby={`column-${column.key || 'none'}`}
              data-testid={`column-${column.key || 'none'}`}
              onDragOver={(event) => {
                if (grouping !== 'status') return;
                event.preventDefault();
                setDropTarget(column.key);
              }}
              onDragLeave={() => setDropTarget(undefined)}
              onDrop={(event) => drop(event, column.key)}
            >
              <h2 id={`column-${column.key || 'none'}`}>
                {columnTitle(t, grouping, column.key)}{' '}
                <span className="muted">({column.cards.length})</span>
              </h2>
              {column.cards.length === 0 ? (
                <p className="empty">{t('rec.emptyColumn')}</p>
              ) : (
                <ol>
                  {column.cards.map((item) => (
                    <BoardCard
                      key={item.id}
                      project={project}
                      item={item}
                      grouping={grouping}
                      preset={dropped?.id === item.id ? dropped.to : undefined}
                      onClose={() => setDropped(undefined)}
                    />
                  ))}
                </ol>
              )}
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
