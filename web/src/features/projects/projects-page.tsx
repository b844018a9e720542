import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { href } from '../../router/routes.js';
import { sortProjects } from './model.js';
import { NewProjectForm } from './new-project-form.js';
import { useProjects } from './queries.js';

/** The projects the reader belongs to, and a form to start one. */
export function ProjectsPage() {
  const { t, language } = useI18n();
  const projects = useProjects();
  return (
    <div className="page page-narrow">
      <h1>{t('projects.title')}</h1>
      <p>
        <a href={href.regional()} data-testid="regional-link">
          {t('regional.link')}
        </a>
      </p>
      {projects.isPending ? <Loading /> : null}
      {projects.isError ? (
        <ErrorMessage error={projects.error} onRetry={() => void projects.refetch()} />
      ) : null}
      {projects.data === undefined ? null : projects.data.projects.length === 0 ? (
        <p className="empty">{t('projects.empty')}</p>
      ) : (
        <ul className="project-list" aria-label={t('projects.title')}>
          {sortProjects(projects.data.projects, language).map((project) => (
            <li key={project.id} className="card project-card">
              <h2>
                <a href={href.dashboard(project.id)}>{project.name}</a>
              </h2>
              <dl className="project-meta">
                <div>
                  <dt>{t('projects.country')}</dt>
                  <dd>{project.country}</dd>
                </div>
                <div>
                  <dt>{t('projects.language')}</dt>
                  <dd>{t(`language.${project.language}`)}</dd>
                </div>
                <div>
                  <dt>{t('members.role')}</dt>
                  <dd>
                    {project.role === null ? t('projects.adminNoRole') : t(`role.${project.role}`)}
                  </dd>
                </div>
              </dl>
              {project.description === '' ? null : <p className="muted">{project.description}</p>}
            </li>
          ))}
        </ul>
      )}
      <NewProjectForm />
    </div>
  );
}
