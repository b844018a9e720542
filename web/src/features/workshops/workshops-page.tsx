import type { Project } from '../../../../src/contract/projects.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { href } from '../../router/routes.js';
import { allows } from '../projects/model.js';
import { EventForm } from './event-form.js';
import { formatSpan } from './model.js';
import { useCreateWorkshop, useWorkshops } from './queries.js';
import '../../styles/workshops.css';

/** The project's workshops, the latest first; organisers plan new ones here. */
export function WorkshopsPage({ project }: { project: Project }) {
  const { t, language } = useI18n();
  const workshops = useWorkshops(project.id);
  const create = useCreateWorkshop(project.id);
  const manage = allows(project, 'workshop.manage');

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('ws.title')}</h1>
          <p className="muted">{t('ws.intro')}</p>
        </div>
      </div>
      {workshops.isPending ? <Loading /> : null}
      {workshops.isError ? (
        <ErrorMessage error={workshops.error} onRetry={() => void workshops.refetch()} />
      ) : null}
      {workshops.data === undefined ? null : workshops.data.workshops.length === 0 ? (
        <p className="card">{t('ws.none')}</p>
      ) : (
        <ul className="workshop-list" data-testid="workshop-list">
          {workshops.data.workshops.map((workshop) => (
            <li key={workshop.id} className="card workshop-card">
              <h2>
                <a href={href.workshop(project.id, workshop.id)}>{workshop.title}</a>
              </h2>
              <p className="muted">
                {formatSpan(workshop.startsOn, workshop.endsOn, language)}
                {workshop.place === '' ? '' : ` · ${workshop.place}`} ·{' '}
                {t('ws.participantsCount', { count: workshop.participants })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {manage ? (
        <section className="card" aria-labelledby="new-workshop-title">
          <h2 id="new-workshop-title">{t('ws.create')}</h2>
          <EventForm
            id="new-workshop"
            disabled={create.isPending}
            submitLabel={t('ws.createSubmit')}
            onSubmit={(details) =>
              create.mutate(details, {
                onSuccess: (created) => {
                  window.location.hash = href.workshop(project.id, created.id);
                },
              })
            }
          >
            {create.error === null ? null : <ErrorMessage error={create.error} />}
          </EventForm>
        </section>
      ) : null}
    </div>
  );
}
