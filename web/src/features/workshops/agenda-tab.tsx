import { useState } from 'react';
import type { Project } from '../../../../src/contract/projects.js';
import type { AgendaSession, WorkshopDetail } from '../../../../src/contract/workshops.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { href } from '../../router/routes.js';
import { formatDay, moved } from './model.js';
import { useRecommendationChoices, useSessionChanges } from './queries.js';
import { SessionForm } from './session-form.js';

/** The agenda day by day; organisers add, edit, delete and reorder sessions. */
export function AgendaTab({ project, workshop }: { project: Project; workshop: WorkshopDetail }) {
  const { t, language } = useI18n();
  const changes = useSessionChanges(project.id, workshop.id);
  const recommendations = useRecommendationChoices(project.id);
  const [editing, setEditing] = useState<string | undefined>();
  const labels = new Map(
    (recommendations.data?.recommendations ?? []).map((item) => [item.id, item]),
  );
  const failure = changes.remove.error ?? changes.reorder.error;

  const links = (session: AgendaSession) => {
    if (session.recommendationIds.length === 0 && session.obligationIds.length === 0) return null;
    return (
      <p className="session-links">
        <span className="muted">{t('ws.session.links')}</span>{' '}
        {session.recommendationIds.map((id) => {
          const recommendation = labels.get(id);
          return (
            <a
              key={id}
              className="chip"
              href={href.recommendation(project.id, id)}
              title={recommendation?.title}
            >
              {recommendation?.label ?? '…'}
            </a>
          );
        })}
        {session.obligationIds.map((id) => (
          <a key={id} className="chip" href={href.finding(project.id, id)}>
            {id}
          </a>
        ))}
      </p>
    );
  };

  return (
    <div className="agenda">
      {failure === null ? null : <ErrorMessage error={failure} />}
      {workshop.agenda.map(({ day, sessions }, dayIndex) => (
        <section key={day} className="card agenda-day" aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`}>
            {t('ws.agenda.dayHeading', {
              number: dayIndex + 1,
              date: formatDay(day, language, true),
            })}
          </h2>
          {sessions.length === 0 ? <p className="muted">{t('ws.agenda.empty')}</p> : null}
          <ol className="session-list" data-testid={`agenda-day-${dayIndex + 1}`}>
            {sessions.map((session, index) => (
              <li key={session.id} className="session" data-testid="agenda-session">
                {editing === session.id ? (
                  <SessionForm
                    projectId={project.id}
                    days={workshop.days}
                    initial={session}
                    pending={changes.update.isPending}
                    error={changes.update.error}
                    onCancel={() => setEditing(undefined)}
                    onSubmit={(body) =>
                      changes.update.mutate(
                        { sessionId: session.id, body },
                        { onSuccess: () => setEditing(undefined) },
                      )
                    }
                  />
                ) : (
                  <>
                    <p className="session-time">
                      <time>{session.startsAt}</time>–<time>{session.endsAt}</time>
                    </p>
                    <div className="session-body">
                      <h3>{session.title}</h3>
                      {session.description === '' ? null : <p>{session.description}</p>}
                      {links(session)}
                    </div>
                    {workshop.canManage ? (
                      <div className="session-actions">
                        <button
                          type="button"
                          className="button button-small button-quiet"
                          aria-label={t('ws.agenda.upLabel', { title: session.title })}
                          disabled={index === 0 || changes.reorder.isPending}
                          onClick={() => {
                            const order = moved(
                              sessions.map((s) => s.id),
                              index,
                              -1,
                            );
                            if (order !== undefined)
                              changes.reorder.mutate({ day, sessionIds: order });
                          }}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="button button-small button-quiet"
                          aria-label={t('ws.agenda.downLabel', { title: session.title })}
                          disabled={index === sessions.length - 1 || changes.reorder.isPending}
                          onClick={() => {
                            const order = moved(
                              sessions.map((s) => s.id),
                              index,
                              1,
                            );
                            if (order !== undefined)
                              changes.reorder.mutate({ day, sessionIds: order });
                          }}
                        >
                          ↓
                        </button>
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={t('ws.agenda.editLabel', { title: session.title })}
                          onClick={() => setEditing(session.id)}
                        >
                          {t('ws.agenda.edit')}
                        </button>
                        <button
                          type="button"
                          className="button button-small button-danger"
                          aria-label={t('ws.agenda.deleteLabel', { title: session.title })}
                          disabled={changes.remove.isPending}
                          onClick={() => {
                            if (
                              window.confirm(t('ws.agenda.deleteConfirm', { title: session.title }))
                            ) {
                              changes.remove.mutate(session.id);
                            }
                          }}
                        >
                          {t('ws.agenda.delete')}
                        </button>
                      </div>
                    ) : null}
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
      {workshop.canManage ? (
        <section className="card" aria-labelledby="add-session-title">
          <h2 id="add-session-title">{t('ws.agenda.add')}</h2>
          <SessionForm
            // A fresh form after each session added.
            key={workshop.counts.sessions}
            projectId={project.id}
            days={workshop.days}
            pending={changes.create.isPending}
            error={changes.create.error}
            onSubmit={(body) => changes.create.mutate(body)}
          />
        </section>
      ) : null}
    </div>
  );
}
