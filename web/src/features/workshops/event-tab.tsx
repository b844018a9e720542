import { useState } from 'react';
import type { Project } from '../../../../src/contract/projects.js';
import type { WorkshopDetail } from '../../../../src/contract/workshops.js';
import { ApiError } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { href } from '../../router/routes.js';
import { EventForm } from './event-form.js';
import { formatDay } from './model.js';
import { useDeleteWorkshop, useUpdateWorkshop } from './queries.js';

/** The event's details: a form for organisers, a description for everyone else. */
export function EventTab({ project, workshop }: { project: Project; workshop: WorkshopDetail }) {
  const { t, language } = useI18n();
  const update = useUpdateWorkshop(project.id, workshop.id);
  const remove = useDeleteWorkshop(project.id, workshop.id);
  const [saved, setSaved] = useState(false);
  const conflict = update.error instanceof ApiError && update.error.code === 'conflict';

  if (!workshop.canManage) {
    return (
      <section className="card" aria-labelledby="event-title">
        <h2 id="event-title">{t('ws.tab.event')}</h2>
        <dl className="event-details">
          <dt>{t('ws.field.startsOn')}</dt>
          <dd>{formatDay(workshop.startsOn, language, true)}</dd>
          <dt>{t('ws.field.endsOn')}</dt>
          <dd>{formatDay(workshop.endsOn, language, true)}</dd>
          <dt>{t('ws.field.place')}</dt>
          <dd>{workshop.place || '–'}</dd>
          <dt>{t('ws.field.organisers')}</dt>
          <dd>{workshop.organisers || '–'}</dd>
          <dt>{t('ws.field.partners')}</dt>
          <dd>{workshop.partners || '–'}</dd>
          <dt>{t('ws.field.description')}</dt>
          <dd className="pre-line">{workshop.description || '–'}</dd>
        </dl>
      </section>
    );
  }

  return (
    <>
      <section className="card" aria-labelledby="event-title">
        <h2 id="event-title">{t('ws.tab.event')}</h2>
        <EventForm
          // A new version (saved here or by someone else) resets the form to it.
          key={workshop.version}
          id="event"
          initial={workshop}
          disabled={update.isPending}
          submitLabel={t('ws.event.save')}
          onSubmit={(details) => {
            setSaved(false);
            update.mutate(
              { ...details, version: workshop.version },
              { onSuccess: () => setSaved(true) },
            );
          }}
        >
          {conflict ? (
            <p className="alert alert-error" role="alert">
              {t('ws.event.conflict')}
            </p>
          ) : update.error === null ? null : (
            <ErrorMessage error={update.error} />
          )}
          {saved ? (
            <p className="alert alert-success" role="status">
              {t('ws.event.saved')}
            </p>
          ) : null}
        </EventForm>
      </section>
      <section className="card" aria-labelledby="event-delete-title">
        <h2 id="event-delete-title">{t('ws.event.delete')}</h2>
        <p className="hint">{t('ws.event.deleteHint')}</p>
        {remove.error === null ? null : <ErrorMessage error={remove.error} />}
        <button
          type="button"
          className="button button-danger"
          disabled={remove.isPending}
          onClick={() => {
            if (!window.confirm(t('ws.event.deleteConfirm', { title: workshop.title }))) return;
            remove.mutate(undefined, {
              onSuccess: () => {
                window.location.hash = href.workshops(project.id);
              },
            });
          }}
        >
          {t('ws.event.delete')}
        </button>
      </section>
    </>
  );
}
