import type { Project } from '../../../../src/contract/projects.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { href } from '../../router/routes.js';
import { allows } from '../projects/model.js';
import { useDeleteLaw, useLaws } from './queries.js';
import { UploadForm } from './upload-form.js';

/** The project's texts and, for those allowed, the import form. */
export function LawsPage({ project }: { project: Project }) {
  const { t, language } = useI18n();
  const laws = useLaws(project.id);
  const remove = useDeleteLaw(project.id);
  const canDelete = allows(project, 'law.delete');
  return (
    <div className="page">
      <h1>{t('laws.title')}</h1>
      {laws.isPending ? <Loading /> : null}
      {laws.isError ? (
        <ErrorMessage error={laws.error} onRetry={() => void laws.refetch()} />
      ) : null}
      {remove.error === null ? null : <ErrorMessage error={remove.error} />}
      {laws.data === undefined ? null : laws.data.laws.length === 0 ? (
        <p className="empty">{t('laws.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table responsive-table" data-testid="laws-table">
            <caption className="visually-hidden">{t('laws.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('laws.titleColumn')}</th>
                <th scope="col">{t('laws.fileName')}</th>
                <th scope="col" className="number">
                  {t('laws.articles')}
                </th>
                <th scope="col" className="number">
                  {t('laws.warnings')}
                </th>
                <th scope="col">{t('laws.imported')}</th>
                {canDelete ? <th scope="col">{t('members.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {laws.data.laws.map((law) => (
                <tr key={law.id} data-testid={`law-row-${law.id}`}>
                  <td data-label={t('laws.titleColumn')}>
                    <a href={href.law(project.id, law.id)}>{law.title}</a>
                  </td>
                  <td data-label={t('laws.fileName')}>
                    <span className="mono">{law.fileName}</span>{' '}
                    <span className="muted">({law.format})</span>
                  </td>
                  <td data-label={t('laws.articles')} className="number">
                    {law.articleCount}
                  </td>
                  <td data-label={t('laws.warnings')} className="number">
                    {law.warningCount}
                  </td>
                  <td data-label={t('laws.imported')}>
                    {t('laws.importedBy', {
                      date: formatDateTime(law.importedAt, language),
                      name: law.importedBy.name,
                    })}
                  </td>
                  {canDelete ? (
                    <td data-label={t('members.actions')}>
                      <button
                        type="button"
                        className="button button-small button-danger"
                        disabled={remove.isPending}
                        onClick={() => {
                          if (window.confirm(t('laws.deleteConfirm', { title: law.title }))) {
                            remove.mutate(law.id);
                          }
                        }}
                      >
                        {t('laws.delete')}
                        <span className="visually-hidden"> {law.title}</span>
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {allows(project, 'law.import') ? <UploadForm projectId={project.id} /> : null}
    </div>
  );
}
