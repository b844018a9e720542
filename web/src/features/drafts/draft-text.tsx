import { useState } from 'react';
import type { DraftNodeView } from '../../../../src/contract/drafts.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ArticleComments } from './article-comments.js';
import { unitId, useDraftEditor, useSendEdit } from './editor-context.js';
import { LinksForm } from './links-form.js';
import { isArticle, isDivision, moveTarget, unitName } from './model.js';
import { InsertForm, UnitForm } from './unit-forms.js';

type Level = 2 | 3 | 4 | 5 | 6;
type Panel = 'edit' | 'insert' | 'links' | 'comments' | null;

const levelOf = (depth: number): Level => Math.min(6, depth + 2) as Level;

/**
 * Which form or list is open under a unit, one at a time. Closing it gives the focus back to
 * the unit, not to the top of the page.
 */
function useUnitPanel(key: string) {
  const [panel, setPanel] = useState<Panel>(null);
  const close = () => {
    setPanel(null);
    requestAnimationFrame(() =>
      document.getElementById(unitId(key))?.focus({ preventScroll: true }),
    );
  };
  const toggle = (next: Exclude<Panel, null>) => setPanel((open) => (open === next ? null : next));
  return { panel, close, toggle };
}

/** A unit's heading: its label, then its own heading when it has one. */
function UnitHeading({
  unit,
  depth,
  className,
}: {
  unit: DraftNodeView;
  depth: number;
  className?: string;
}) {
  const Heading = `h${levelOf(depth)}` as const;
  return (
    <Heading id={headingIdOf(unit)} className={className}>
      <span className="draft-label">{unit.label}</span>
      {unit.heading === '' ? null : <span className="draft-heading"> — {unit.heading}</span>}
    </Heading>
  );
}

const headingIdOf = (unit: DraftNodeView): string => `${unitId(unit.key)}-title`;

/** A tool that opens a panel under the unit, or closes it when it is already open. */
function PanelButton(props: {
  open: boolean;
  label: string;
  name: string;
  testId?: string;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="button button-small"
      aria-expanded={props.open}
      aria-label={props.name}
      onClick={props.onClick}
      data-testid={props.testId}
    >
      {props.label}
    </button>
  );
}

/** The paragraphs and items of an article as printed, cross-references showing today's numbers. */
function Wording({ nodes }: { nodes: readonly DraftNodeView[] }) {
  return (
    <>
      {nodes.map((node) =>
        node.kind === 'paragraph' ? (
          <div key={node.key} className="draft-paragraph">
            <p>
              {node.num === '' ? null : <span className="draft-num">{node.num} </span>}
              {node.text}
            </p>
            {node.children.length === 0 ? null : (
              <ul className="draft-points">
                <Items nodes={node.children} />
              </ul>
            )}
          </div>
        ) : (
          <ul key={node.key} className="draft-points">
            <Items nodes={[node]} />
          </ul>
        ),
      )}
    </>
  );
}

function Items({ nodes }: { nodes: readonly DraftNodeView[] }) {
  return (
    <>
      {nodes.map((node) => (
        <li key={node.key}>
          <span className="draft-num">{node.num}</span> {node.text}
          {node.children.length === 0 ? null : (
            <ul className="draft-points">
              <Items nodes={node.children} />
            </ul>
          )}
        </li>
      ))}
    </>
  );
}

/** Move up, move down and delete: the buttons every unit has for a drafter. */
function ArrangeButtons({ unit }: { unit: DraftNodeView }) {
  const { t } = useI18n();
  const { draft } = useDraftEditor();
  const { send, error, pending } = useSendEdit();
  const up = moveTarget(draft.body, unit.key, 'up');
  const down = moveTarget(draft.body, unit.key, 'down');
  const name = unitName(unit);
  const move = (place: typeof up) => {
    if (place !== undefined) send({ op: 'move', key: unit.key, ...place }, draft.revision);
  };
  return (
    <>
      <button
        type="button"
        className="button button-small"
        disabled={up === undefined || pending}
        aria-label={t('draft.moveUpNamed', { unit: name })}
        onClick={() => move(up)}
      >
        <span aria-hidden="true">↑ </span>
        {t('draft.moveUp')}
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={down === undefined || pending}
        aria-label={t('draft.moveDownNamed', { unit: name })}
        onClick={() => move(down)}
      >
        <span aria-hidden="true">↓ </span>
        {t('draft.moveDown')}
      </button>
      <button
        type="button"
        className="button button-small button-danger"
        disabled={pending}
        aria-label={t('draft.deleteNamed', { unit: name })}
        onClick={() => {
          const question = isDivision(unit)
            ? t('draft.deleteDivisionConfirm', { unit: name })
            : t('draft.deleteConfirm', { unit: name });
          if (window.confirm(question)) send({ op: 'delete', key: unit.key }, draft.revision);
        }}
      >
        {t('draft.delete')}
      </button>
      {error === null ? null : <ErrorMessage error={error} />}
    </>
  );
}

/** One article: number, heading, wording, links and comments, and the drafter's tools. */
function ArticleView({ unit, depth }: { unit: DraftNodeView; depth: number }) {
  const { t } = useI18n();
  const { canWrite, recommendations } = useDraftEditor();
  const { panel, close, toggle } = useUnitPanel(unit.key);
  const name = unitName(unit);
  const headingId = headingIdOf(unit);
  return (
    <article
      id={unitId(unit.key)}
      tabIndex={-1}
      className={unit.placeholder ? 'card draft-article draft-placeholder' : 'card draft-article'}
      aria-labelledby={headingId}
      data-testid={`draft-article-${unit.key}`}
      data-label={unit.label}
      data-placeholder={unit.placeholder}
    >
      <UnitHeading unit={unit} depth={depth} className="draft-article-title" />
      {unit.placeholder ? (
        <p className="chip draft-placeholder-chip" data-testid="placeholder-chip">
          <span aria-hidden="true">✎ </span>
          {t('draft.placeholder')}
        </p>
      ) : null}
      {panel === 'edit' ? (
        <UnitForm unit={unit} onClose={close} />
      ) : (
        <div className="draft-wording-view" data-testid="article-wording">
          {unit.children.length === 0 ? (
            unit.body === '' ? (
              <p className="empty">{t('draft.emptyArticle')}</p>
            ) : (
              <p className="draft-wording">{unit.body}</p>
            )
          ) : (
            <Wording nodes={unit.children} />
          )}
        </div>
      )}
      {unit.note === '' || panel === 'edit' ? null : (
        <p className="draft-note">
          <strong>{t('draft.field.note')}:</strong> {unit.note}
        </p>
      )}
      <div className="draft-links" data-testid="article-links">
        {unit.recommendationIds.length === 0 && unit.obligationIds.length === 0 ? (
          <span className="muted">{t('draft.noLinks')}</span>
        ) : (
          <>
            <span className="visually-hidden">{t('draft.implements')}: </span>
            {unit.recommendationIds.map((recommendationId) => {
              const recommendation = recommendations.get(recommendationId);
              return (
                <span
                  key={recommendationId}
                  className="chip draft-rec-chip"
                  title={recommendation?.title}
                  data-testid="article-rec"
                >
                  {recommendation?.label ?? recommendationId}
                  {recommendation === undefined ? null : (
                    <span className="visually-hidden"> {recommendation.title}</span>
                  )}
                </span>
              );
            })}
            {unit.obligationIds.map((obligationId) => (
              <span key={obligationId} className="chip obligation-id">
                {obligationId}
              </span>
            ))}
          </>
        )}
      </div>
      <div
        className="rec-toolbar draft-tools"
        role="group"
        aria-label={t('draft.toolsOf', { unit: name })}
      >
        {canWrite ? (
          <>
            <PanelButton
              open={panel === 'edit'}
              label={t('draft.edit')}
              name={t('draft.editNamed', { unit: name })}
              testId="article-edit"
              onClick={() => toggle('edit')}
            />
            <PanelButton
              open={panel === 'links'}
              label={t('draft.links')}
              name={t('draft.linksNamed', { unit: name })}
              testId="article-links-open"
              onClick={() => toggle('links')}
            />
            <PanelButton
              open={panel === 'insert'}
              label={t('draft.insertOpen')}
              name={t('draft.insertNamed', { unit: name })}
              testId="article-insert"
              onClick={() => toggle('insert')}
            />
          </>
        ) : null}
        <PanelButton
          open={panel === 'comments'}
          label={t('draft.comments', { count: unit.openComments })}
          name={t('draft.commentsNamed', { unit: name, count: unit.openComments })}
          testId="article-comments-open"
          onClick={() => toggle('comments')}
        />
        {canWrite ? <ArrangeButtons unit={unit} /> : null}
      </div>
      {panel === 'links' ? <LinksForm unit={unit} onClose={close} /> : null}
      {panel === 'insert' ? <InsertForm unit={unit} onClose={close} /> : null}
      {panel === 'comments' ? (
        <ArticleComments unit={unit} level={Math.min(6, levelOf(depth) + 1) as 3 | 4 | 5 | 6} />
      ) : null}
    </article>
  );
}

/** A title, chapter or section: its heading, its tools, then what it holds. */
function DivisionView({ unit, depth }: { unit: DraftNodeView; depth: number }) {
  const { t } = useI18n();
  const { canWrite } = useDraftEditor();
  const { panel, close, toggle } = useUnitPanel(unit.key);
  const headingId = headingIdOf(unit);
  const name = unitName(unit);
  return (
    <section
      className={`draft-division draft-${unit.kind}`}
      aria-labelledby={headingId}
      data-testid={`draft-division-${unit.key}`}
      data-label={unit.label}
    >
      <div id={unitId(unit.key)} tabIndex={-1} className="draft-division-head">
        <UnitHeading unit={unit} depth={depth} />
        {canWrite ? (
          <div
            className="rec-toolbar draft-tools"
            role="group"
            aria-label={t('draft.toolsOf', { unit: name })}
          >
            <PanelButton
              open={panel === 'edit'}
              label={t('draft.rename')}
              name={t('draft.renameNamed', { unit: name })}
              onClick={() => toggle('edit')}
            />
            <PanelButton
              open={panel === 'insert'}
              label={t('draft.insertOpen')}
              name={t('draft.insertNamed', { unit: name })}
              onClick={() => toggle('insert')}
            />
            <ArrangeButtons unit={unit} />
          </div>
        ) : null}
        {panel === 'edit' ? <UnitForm unit={unit} onClose={close} /> : null}
        {panel === 'insert' ? <InsertForm unit={unit} onClose={close} /> : null}
      </div>
      {unit.children.length === 0 ? (
        <p className="empty">{t('draft.emptyDivision')}</p>
      ) : (
        <UnitList nodes={unit.children} depth={depth + 1} />
      )}
    </section>
  );
}

/** Units in order: divisions with what they hold, articles as cards. */
export function UnitList({ nodes, depth }: { nodes: readonly DraftNodeView[]; depth: number }) {
  return (
    <>
      {nodes.map((node) =>
        isArticle(node) ? (
          <ArticleView key={node.key} unit={node} depth={depth} />
        ) : isDivision(node) ? (
          <DivisionView key={node.key} unit={node} depth={depth} />
        ) : null,
      )}
    </>
  );
}
