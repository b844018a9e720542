import { useState } from 'react';
import type { FormEvent } from 'react';
import type { DraftDetail } from '../../../../src/contract/drafts.js';
import type { Project } from '../../../../src/contract/projects.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { href } from '../../router/routes.js';
import { navigate } from '../../router/use-location.js';
import { allows } from '../projects/model.js';
import { useLaws } from '../laws/queries.js';
import { exportHref, useDeleteDraft, useUpdateDraft } from './queries.js';

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
      {allows(project, 'draft.write') ? (
        <DraftSettings
          key={`${draft.title}|${draft.replacesLawId ?? ''}`}
          project={project}
          draft={draft}
        />
      ) : null}
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

/** The draft's title and the law in force it replaces, folded under the title until needed. */
function DraftSettings({ project, draft }: { project: Project; draft: DraftDetail }) {
  const { t } = useI18n();
  const laws = useLaws(project.id);
  const update = useUpdateDraft(project.id, draft.id);
  const [title, setTitle] = useState(draft.title);
  const [replaces, setReplaces] = useState(draft.replacesLawId ?? '');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({
      title: title.trim(),
      replacesLawId: replaces === '' ? null : replaces,
      baseRevision: draft.revision,
    });
  }

  return (
    <details className="draft-settings">
      <summary>{t('draft.settings')}</summary>
      <form className="form" onSubmit={submit} data-testid="draft-settings">
        <div className="field">
          <label htmlFor="draft-settings-title">{t('draft.field.title')}</label>
          <input
            id="draft-settings-title"
            required
            maxLength={400}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="draft-settings-replaces">{t('draft.field.replaces')}</label>
          <select
            id="draft-settings-replaces"
            value={replaces}
            onChange={(event) => setReplaces(event.target.value)}
          >
            <option value="">{t('draft.noLaw')}</option>
            {(laws.data?.laws ?? []).map((law) => (
              <option key={law.id} value={law.id}>
                {law.title}
              </option>
            ))}
          </select>
        </div>
        {update.error === null ? null : <ErrorMessage error={update.error} />}
        <div>
          <button
            type="submit"
            className="button"
            disabled={update.isPending || title.trim() === ''}
          >
            {t('app.save')}
          </button>
        </div>
      </form>
    </details>
  );
}
