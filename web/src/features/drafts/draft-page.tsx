import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { DraftDetail } from '../../../../src/contract/drafts.js';
import type { Project } from '../../../../src/contract/projects.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { allows } from '../projects/model.js';
import { useRecommendations } from '../recommendations/queries.js';
import { CompareView } from './compare-view.js';
import { ConflictDialog } from './conflict-dialog.js';
import { DraftHeader, type DraftTab } from './draft-header.js';
import { UnitList } from './draft-text.js';
import {
  DraftEditorContext,
  unitId,
  useDraftEditor,
  useSendEdit,
  type DraftEditor,
  type PendingConflict,
} from './editor-context.js';
import { endOf, outlineOf, withoutLabel } from './model.js';
import { OutlineNav } from './outline-nav.js';
import { PasteDialog } from './paste-dialog.js';
import { useDraft } from './queries.js';
import { VersionsPanel } from './versions-panel.js';
import '../../styles/recommendations.css';
import './drafts.css';

// The charts library loads with the first coverage view, as it does with the dashboard.
const CoverageView = lazy(() =>
  import('./coverage-view.js').then((module) => ({ default: module.CoverageView })),
);

/** One draft: its text (the editor), the comparative table or the coverage before and after. */
export function DraftPage({
  project,
  draftId,
  tab,
  query,
}: {
  project: Project;
  draftId: string;
  tab: DraftTab;
  query: URLSearchParams;
}) {
  const draft = useDraft(project.id, draftId);
  if (draft.isPending) return <Loading />;
  if (draft.isError) {
    return <ErrorMessage error={draft.error} onRetry={() => void draft.refetch()} />;
  }
  return (
    <div className="page draft-page">
      <DraftHeader project={project} draft={draft.data} tab={tab} />
      {tab === 'text' ? (
        <DraftEditorView
          project={project}
          draft={draft.data}
          article={query.get('article') ?? undefined}
        />
      ) : null}
      {tab === 'compare' ? (
        <CompareView project={project} draft={draft.data} query={query} />
      ) : null}
      {tab === 'coverage' ? (
        <Suspense fallback={<Loading />}>
          <CoverageView project={project} draft={draft.data} />
        </Suspense>
      ) : null}
    </div>
  );
}

/** Open the outline beside the text on a wide screen; on a phone it starts folded above it. */
function wideScreen(): boolean {
  return (
    typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 1000px)').matches
  );
}

/** The editor: the outline and problems beside the text, the versions below it. */
function DraftEditorView({
  project,
  draft,
  article,
}: {
  project: Project;
  draft: DraftDetail;
  /** An article to show first (a link from the coverage or a problem). */
  article: string | undefined;
}) {
  const { t } = useI18n();
  const recommendations = useRecommendations(project.id);
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const [saved, setSaved] = useState('');
  const [wide] = useState(wideScreen);
  const focusUnit = useCallback((key: string) => {
    // The unit may have just been added: the new draft renders a few frames later.
    let frames = 0;
    const attempt = () => {
      const element = document.getElementById(unitId(key));
      if (element === null) {
        frames += 1;
        if (frames < 60) requestAnimationFrame(attempt);
        return;
      }
      element.scrollIntoView({ block: 'start' });
      element.focus({ preventScroll: true });
    };
    requestAnimationFrame(attempt);
  }, []);
  useEffect(() => {
    if (article !== undefined) focusUnit(article);
  }, [article, focusUnit]);
  const byId = useMemo(
    () => new Map((recommendations.data?.recommendations ?? []).map((item) => [item.id, item])),
    [recommendations.data],
  );
  const editor: DraftEditor = {
    project,
    draft,
    canWrite: allows(project, 'draft.write'),
    canComment: allows(project, 'comment.write'),
    recommendations: byId,
    reportConflict: setConflict,
    reportSaved: (next) =>
      setSaved(
        t('draft.saved', {
          articles: next.articleCount,
          placeholders: next.placeholderCount,
        }),
      ),
    focusUnit,
  };
  return (
    <DraftEditorContext.Provider value={editor}>
      <div className="draft-layout">
        <aside className="draft-side" aria-label={t('draft.side')}>
          <details className="card draft-side-card" open={wide}>
            <summary>
              {t('draft.outline')} <span className="muted">({outlineOf(draft.body).length})</span>
            </summary>
            <OutlineNav draft={draft} />
          </details>
          <Problems draft={draft} />
        </aside>
        <div className="draft-main">
          {editor.canWrite ? <EditorToolbar saved={saved} /> : null}
          {draft.preamble.length === 0 ? null : (
            <section className="card draft-preamble" aria-label={t('draft.preamble')}>
              {draft.preamble.map((line, index) => (
                <p key={index}>{line}</p>
              ))}
            </section>
          )}
          <div className="draft-body" data-testid="draft-body">
            {draft.body.length === 0 ? (
              <p className="empty">{t('draft.emptyDraft')}</p>
            ) : (
              <UnitList nodes={draft.body} depth={0} />
            )}
          </div>
          {draft.conclusions.length === 0 ? null : (
            <section className="card draft-preamble" aria-label={t('draft.conclusions')}>
              {draft.conclusions.map((line, index) => (
                <p key={index}>{line}</p>
              ))}
            </section>
          )}
          <VersionsPanel project={project} draft={draft} canWrite={editor.canWrite} />
        </div>
      </div>
      {conflict === null ? null : (
        <ConflictDialog
          key={`${conflict.result.key}-${conflict.result.revision}`}
          conflict={conflict}
          onClose={(next) => {
            setConflict(next ?? null);
          }}
        />
      )}
    </DraftEditorContext.Provider>
  );
}

/** Add an article at the end, or paste text to be read into articles. */
function EditorToolbar({ saved }: { saved: string }) {
  const { t } = useI18n();
  const { draft, focusUnit } = useDraftEditor();
  const { send, error, pending } = useSendEdit();
  const [pasting, setPasting] = useState(false);
  return (
    <div className="card draft-toolbar">
      <div className="rec-toolbar" role="group" aria-label={t('draft.toolbar')}>
        <button
          type="button"
          className="button"
          disabled={pending}
          onClick={() => {
            const known = new Set(outlineOf(draft.body).map((item) => item.key));
            send(
              { op: 'insert', ...endOf(draft.body), kind: 'article', heading: '', body: '' },
              draft.revision,
              (next) => {
                const added = outlineOf(next.body).find((item) => !known.has(item.key));
                if (added !== undefined) focusUnit(added.key);
              },
            );
          }}
          data-testid="add-article"
        >
          {t('draft.addArticle')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setPasting(true)}
          data-testid="paste-open"
        >
          {t('draft.paste.open')}
        </button>
      </div>
      <p className="muted draft-saved" role="status" data-testid="draft-status">
        {saved}
      </p>
      {error === null ? null : <ErrorMessage error={error} />}
      {pasting ? <PasteDialog onClose={() => setPasting(false)} /> : null}
    </div>
  );
}

/** What the drafter should look at: references to deleted articles, placeholders left, empty articles. */
function Problems({ draft }: { draft: DraftDetail }) {
  const { t } = useI18n();
  const { focusUnit } = useDraftEditor();
  return (
    <section className="card" aria-labelledby="draft-problems-title">
      <h2 id="draft-problems-title">
        {t('draft.problems')} <span className="muted">({draft.problems.length})</span>
      </h2>
      {draft.problems.length === 0 ? (
        <p className="empty">{t('draft.noProblems')}</p>
      ) : (
        <ul className="draft-problems" data-testid="draft-problems">
          {draft.problems.map((problem, index) => (
            <li key={`${problem.key}-${problem.code}-${index}`} data-code={problem.code}>
              <span className={`chip draft-problem-${problem.code}`}>
                {t(`draft.problem.${problem.code}`)}
              </span>{' '}
              <button type="button" className="button-link" onClick={() => focusUnit(problem.key)}>
                {problem.label}
              </button>
              {': '}
              {withoutLabel(problem.message, problem.label)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
