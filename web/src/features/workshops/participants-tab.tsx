import { useState } from 'react';
import type { Project } from '../../../../src/contract/projects.js';
import type { Participant, WorkshopDetail } from '../../../../src/contract/workshops.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ImportForm } from './import-form.js';
import { searchParticipants } from './model.js';
import { ParticipantForm } from './participant-form.js';
import { useParticipantChanges, useParticipants } from './queries.js';

/** The list of participants with search; organisers add, edit, remove and import. */
export function ParticipantsTab(props: { project: Project; workshop: WorkshopDetail }) {
  const { project, workshop } = props;
  const { t } = useI18n();
  const participants = useParticipants(project.id, workshop.id);
  const changes = useParticipantChanges(project.id, workshop.id);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Participant | undefined>();
  const manage = workshop.canManage;

  if (participants.isPending) return <Loading />;
  if (participants.isError) {
    return <ErrorMessage error={participants.error} onRetry={() => void participants.refetch()} />;
  }
  const { counts, contactsVisible } = participants.data;
  const all = participants.data.participants;
  const shown = searchParticipants(all, query);
  const dayNumber = (day: string) => workshop.days.indexOf(day) + 1;

  return (
    <div className="participants">
      <section className="card" aria-labelledby="participants-title">
        <h2 id="participants-title">{t('ws.participants.title')}</h2>
        <p data-testid="participant-counts">
          {t('ws.participants.counts', {
            total: counts.total,
            female: counts.female,
            male: counts.male,
            undisclosed: counts.undisclosed,
          })}
        </p>
        {contactsVisible ? null : <p className="hint">{t('ws.participants.contactsHidden')}</p>}
        <div className="field">
          <label htmlFor="participant-search">{t('ws.participants.search')}</label>
          <input
            id="participant-search"
            type="search"
            value={query}
            data-testid="participant-search"
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <p className="muted" aria-live="polite">
          {t('ws.participants.showing', { shown: shown.length, total: all.length })}
        </p>
        {changes.remove.error === null ? null : <ErrorMessage error={changes.remove.error} />}
        {changes.releasePhone.error === null ? null : (
          <ErrorMessage error={changes.releasePhone.error} />
        )}
        {all.length === 0 ? (
          <p>{t('ws.participants.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table responsive-table" data-testid="participants-table">
              <caption className="visually-hidden">{t('ws.participants.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ws.participant.name')}</th>
                  <th scope="col">{t('ws.participant.organisation')}</th>
                  <th scope="col">{t('ws.participant.sector')}</th>
                  <th scope="col">{t('ws.participant.functionTitle')}</th>
                  <th scope="col">{t('ws.participant.sex')}</th>
                  {contactsVisible ? (
                    <>
                      <th scope="col">{t('ws.participant.email')}</th>
                      <th scope="col">{t('ws.participant.phone')}</th>
                    </>
                  ) : null}
                  <th scope="col">{t('ws.participants.daysPresent')}</th>
                  {manage ? <th scope="col">{t('ws.participants.actions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {shown.map((participant) => (
                  <tr key={participant.id} data-testid="participant-row">
                    <th scope="row" data-label={t('ws.participant.name')}>
                      {participant.name}
                    </th>
                    <td data-label={t('ws.participant.organisation')}>
                      {participant.organisation}
                    </td>
                    <td data-label={t('ws.participant.sector')}>
                      {t(`ws.sector.${participant.sector}`)}
                    </td>
                    <td data-label={t('ws.participant.functionTitle')}>
                      {participant.functionTitle}
                    </td>
                    <td data-label={t('ws.participant.sex')}>{t(`ws.sex.${participant.sex}`)}</td>
                    {contactsVisible ? (
                      <>
                        <td data-label={t('ws.participant.email')}>{participant.email}</td>
                        <td data-label={t('ws.participant.phone')}>{participant.phone}</td>
                      </>
                    ) : null}
                    <td data-label={t('ws.participants.daysPresent')}>
                      {participant.days.map((day) => dayNumber(day)).join(', ') || '–'}
                    </td>
                    {manage ? (
                      <td data-label={t('ws.participants.actions')}>
                        <div className="button-row">
                          <button
                            type="button"
                            className="button button-small"
                            aria-label={t('ws.participants.editLabel', { name: participant.name })}
                            onClick={() => setEditing(participant)}
                          >
                            {t('ws.participants.edit')}
                          </button>
                          <button
                            type="button"
                            className="button button-small button-danger"
                            aria-label={t('ws.participants.deleteLabel', {
                              name: participant.name,
                            })}
                            disabled={changes.remove.isPending}
                            onClick={() => {
                              if (
                                window.confirm(
                                  t('ws.participants.deleteConfirm', { name: participant.name }),
                                )
                              ) {
                                changes.remove.mutate(participant.id);
                              }
                            }}
                          >
                            {t('ws.participants.delete')}
                          </button>
                          {participant.hasDevice ? (
                            <button
                              type="button"
                              className="button button-small"
                              data-testid={`release-phone-${participant.id}`}
                              aria-label={t('ws.participants.releasePhoneLabel', {
                                name: participant.name,
                              })}
                              disabled={changes.releasePhone.isPending}
                              onClick={() => {
                                if (
                                  window.confirm(
                                    t('ws.participants.releasePhoneConfirm', {
                                      name: participant.name,
                                    }),
                                  )
                                ) {
                                  changes.releasePhone.mutate(participant.id);
                                }
                              }}
                            >
                              {t('ws.participants.releasePhone')}
                            </button>
                          ) : null}
                        </div>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {manage && editing !== undefined ? (
        <section className="card" aria-labelledby="edit-participant-title">
          <h2 id="edit-participant-title">
            {t('ws.participants.editTitle', { name: editing.name })}
          </h2>
          <ParticipantForm
            key={editing.id}
            id="participant-edit"
            initial={{
              ...editing,
              email: editing.email ?? '',
              phone: editing.phone ?? '',
            }}
            pending={changes.update.isPending}
            error={changes.update.error}
            submitLabel={t('ws.participant.save')}
            onCancel={() => setEditing(undefined)}
            onSubmit={(body) =>
              changes.update.mutate(
                { participantId: editing.id, body },
                { onSuccess: () => setEditing(undefined) },
              )
            }
          />
        </section>
      ) : null}
      {manage ? (
        <section className="card" aria-labelledby="add-participant-title">
          <h2 id="add-participant-title">{t('ws.participants.add')}</h2>
          <ParticipantForm
            key={counts.total}
            id="participant-new"
            pending={changes.add.isPending}
            error={changes.add.error}
            submitLabel={t('ws.participants.add')}
            onSubmit={(body) => changes.add.mutate(body)}
          />
        </section>
      ) : null}
      {manage ? <ImportForm projectId={project.id} workshopId={workshop.id} /> : null}
    </div>
  );
}
