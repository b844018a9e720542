import type { DraftDetail } from '../../../../src/contract/drafts.js';
import type { Project } from '../../../../src/contract/projects.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { href } from '../../router/routes.js';
import { navigate } from '../../router/use-location.js';
import { allows } from '../projects/model.js';
import { exportHref, useDeleteDraft } from './queries.js';

export type DraftTab = 'text' | 'compare' | 'coverage';
const TABS: readonly DraftTab[] = ['text', 'compare', 'coverage'];

/** A draft's title, what it is, its views (text, comparison, coverage) and its downloads. */
export function DraftHeader({
  project,
  draft,
  tab,
}: {
  project: Project;
  draft: DraftDetail;
  tab: DraftTab;
}) {
  const { t, language } = useI18n();
  const remove = useDeleteDraft(project.id, draft.id);
  const ids = { projectId: project.id, draftId: draft.id };
  const link = (item: DraftTab) =>
    item === 'text'
      ? href.draft(project.id, draft.id)
      : href.draft(project.id, draft.id, { tab: item });
  return (
    <header className="draft-header">
      <p className="breadcrumb">
        <a href={href.drafts(project.id)}>← {t('draft.back')}</a>
      </p>
      <div className="page-header">
        <div>
          <h1 data-testid="draft-title">{draft.title}</h1>
          <p className="muted">
            {t(`draft.origin.${draft.origin}`)}
            {draft.replacesLawTitle === null
              ? ''
              : ` · ${t('draft.replaces', { title: draft.replacesLawTitle })}`}
            {' · '}
            <span data-testid="draft-counts">
              {t('draft.counts', {
                articles: draft.articleCount,
                placeholders: draft.placeholderCount,
              })}
            </span>
            {' · '}
            {t('draft.updatedBy', {
              date: formatDateTime(draft.updatedAt, language),
              name: (draft.updatedBy ?? draft.createdBy).name,
            })}
          </p>
        </div>
        <ul className="export-links draft-exports" aria-label={t('draft.export')}>
          <li>
            <a className="button" href={exportHref(ids, 'docx')} download data-testid="export-docx">
              {t('draft.exportDocx')}
            </a>
          </li>
          <li>
            <a className="button" href={exportHref(ids, 'akn')} download data-testid="export-akn">
              {t('draft.exportAkn')}
            </a>
          </li>
          {allows(project, 'draft.write') ? (
            <li>
              <button
                type="button"
                className="button button-danger"
                disabled={remove.isPending}
                onClick={() => {
                  if (!window.confirm(t('draft.deleteDraftConfirm', { title: draft.title })))
                    return;
                  remove.mutate(undefined, { onSuccess: () => navigate(href.drafts(project.id)) });
                }}
              >
                {t('draft.deleteDraft')}
              </button>
            </li>
          ) : null}
        </ul>
      </div>
      {remove.error === null ? null : <ErrorMessage error={remove.error} />}
      <nav className="rec-toolbar draft-tabs" aria-label={t('draft.views')}>
        {TABS.map((item) => (
          <a
            key={item}
            className="button button-quiet"
            href={link(item)}
            aria-current={tab === item ? 'page' : undefined}
            data-testid={`draft-tab-${item}`}
          >
            {t(`draft.tab.${item}`)}
          </a>
        ))}
      </nav>
    </header>
  );
}
