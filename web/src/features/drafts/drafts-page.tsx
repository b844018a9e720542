import type { Project } from '../../../../src/contract/projects.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { href } from '../../router/routes.js';
import { allows } from '../projects/model.js';
import { useDrafts } from './queries.js';
import '../../styles/recommendations.css';
import './drafts.css';

/** The project's drafts of the new law(s): what each is, how far it is, when it last changed. */
export function DraftsPage({ project }: { project: Project }) {
  const { t, language } = useI18n();
  const drafts = useDrafts(project.id);
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('draft.title')}</h1>
          <p className="muted">{t('draft.intro')}</p>
        </div>
        {allows(project, 'draft.write') ? (
          <a
            className="button button-primary"
            href={href.newDraft(project.id)}
            data-testid="new-draft"
          >
            {t('draft.new')}
          </a>
        ) : null}
      </div>
      {drafts.isPending ? <Loading /> : null}
      {drafts.isError ? (
        <ErrorMessage error={drafts.error} onRetry={() => void drafts.refetch()} />
      ) : null}
      {drafts.data === undefined ? null : drafts.data.drafts.length === 0 ? (
        <p className="empty">{t('draft.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table responsive-table" data-testid="draft-list">
            <caption className="visually-hidden">{t('draft.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('draft.column.title')}</th>
                <th scope="col">{t('draft.column.origin')}</th>
                <th scope="col">{t('draft.column.replaces')}</th>
                <th scope="col" className="number">
                  {t('draft.column.articles')}
                </th>
                <th scope="col" className="number">
                  {t('draft.column.placeholders')}
                </th>
                <th scope="col" className="number">
                  {t('draft.column.versions')}
                </th>
                <th scope="col">{t('draft.column.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {drafts.data.drafts.map((draft) => (
                <tr key={draft.id} data-testid={`draft-row-${draft.id}`}>
                  <td data-label={t('draft.column.title')}>
                    <a href={href.draft(project.id, draft.id)}>{draft.title}</a>
                  </td>
                  <td data-label={t('draft.column.origin')}>{t(`draft.origin.${draft.origin}`)}</td>
                  <td data-label={t('draft.column.replaces')}>
                    {draft.replacesLawTitle ?? <span className="muted">{t('app.none')}</span>}
                  </td>
                  <td data-label={t('draft.column.articles')} className="number">
                    {draft.articleCount}
                  </td>
                  <td data-label={t('draft.column.placeholders')} className="number">
                    {draft.placeholderCount}
                  </td>
                  <td data-label={t('draft.column.versions')} className="number">
                    {draft.versionCount}
                  </td>
                  <td data-label={t('draft.column.updated')}>
                    {t('draft.updatedBy', {
                      date: formatDateTime(draft.updatedAt, language),
                      name: (draft.updatedBy ?? draft.createdBy).name,
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
