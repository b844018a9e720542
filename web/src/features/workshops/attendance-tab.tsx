import { useState } from 'react';
import type { Project } from '../../../../src/contract/projects.js';
import type { WorkshopDetail } from '../../../../src/contract/workshops.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDay, presence, presenceKey } from './model.js';
import { useAttendance, useCheckIn, useParticipants } from './queries.js';

/** Participants by days: organisers tick who is present; totals per day below. */
export function AttendanceTab(props: { project: Project; workshop: WorkshopDetail }) {
  const { project, workshop } = props;
  const { t, language } = useI18n();
  const participants = useParticipants(project.id, workshop.id);
  const attendance = useAttendance(project.id, workshop.id);
  const checkIn = useCheckIn(project.id, workshop.id);
  // Boxes show the reader's change at once, until the server's answer is on the page.
  const [changing, setChanging] = useState<ReadonlyMap<string, boolean>>(new Map());

  if (participants.isPending || attendance.isPending) return <Loading />;
  if (participants.isError) return <ErrorMessage error={participants.error} />;
  if (attendance.isError) return <ErrorMessage error={attendance.error} />;
  const present = presence(attendance.data.attendance);
  const people = participants.data.participants;
  const days = attendance.data.days;

  return (
    <section className="card" aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('ws.attendance.title')}</h2>
      {workshop.canManage ? <p className="hint">{t('ws.attendance.hint')}</p> : null}
      {checkIn.error === null ? null : <ErrorMessage error={checkIn.error} />}
      {people.length === 0 ? (
        <p>{t('ws.attendance.empty')}</p>
      ) : (
        <div
          className="table-wrap attendance-wrap"
          tabIndex={0}
          role="region"
          aria-label={t('ws.attendance.title')}
        >
          <table className="table attendance-grid" data-testid="attendance-grid">
            <caption className="visually-hidden">{t('ws.attendance.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ws.participant.name')}</th>
                {days.map((day, index) => (
                  <th scope="col" key={day}>
                    <abbr title={formatDay(day, language, true)}>
                      {t('ws.attendance.day', { number: index + 1 })}
                    </abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {people.map((participant) => (
                <tr key={participant.id} data-testid="attendance-row">
                  <th scope="row">
                    {participant.name}
                    <span className="muted attendance-org"> {participant.organisation}</span>
                  </th>
                  {days.map((day) => {
                    const key = presenceKey(participant.id, day);
                    const here = changing.get(key) ?? present.has(key);
                    const label = t('ws.attendance.checkLabel', {
                      name: participant.name,
                      day: formatDay(day, language),
                    });
                    return (
                      <td key={day} className="attendance-cell">
                        {workshop.canManage ? (
                          <input
                            type="checkbox"
                            checked={here}
                            aria-label={label}
                            disabled={changing.has(key)}
                            data-testid={`check-${participant.id}-${day}`}
                            onChange={(event) => {
                              const wanted = event.target.checked;
                              setChanging((current) => new Map(current).set(key, wanted));
                              checkIn.mutate(
                                { participantId: participant.id, day, present: wanted },
                                {
                                  onSettled: () =>
                                    setChanging((current) => {
                                      const next = new Map(current);
                                      next.delete(key);
                                      return next;
                                    }),
                                },
                              );
                            }}
                          />
                        ) : (
                          <span aria-label={label} role="img">
                            {here ? '✓' : '–'}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('ws.attendance.total')}</th>
                {attendance.data.totals.map((total, index) => (
                  <td key={total.day} data-testid={`attendance-total-${index + 1}`}>
                    {total.counts.total}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
