import type { AttendanceView } from '../contract/workshops.js';
import { noOne, workshopDays } from '../core/workshop/statistics.js';
import { checkIn, listAttendance, undoCheckIn } from '../store/repos/attendance.js';
import { appendAudit } from '../store/repos/audit.js';
import { listParticipants } from '../store/repos/participants.js';
import type { WorkshopRecord } from '../store/repos/workshops.js';
import { AppError } from './app-error.js';
import { announceChange, loadParticipant } from './workshop-participants.js';
import { requireWorkshop, type WorkshopRequest } from './workshops.js';
import type { Workspace } from './workspace.js';

/** Who was checked in on which day, with the totals per day. */
export async function workshopAttendance(
  workspace: Workspace,
  request: WorkshopRequest,
): Promise<AttendanceView> {
  const db = workspace.store.db;
  const { workshop } = await requireWorkshop(db, { ...request, action: 'project.read' });
  const [participants, attendance] = await Promise.all([
    listParticipants(db, workshop.id),
    listAttendance(db, workshop.id),
  ]);
  const days = workshopDays(workshop.startsOn, workshop.endsOn);
  const sexOf = new Map(participants.map((participant) => [participant.id, participant.sex]));
  return {
    days,
    attendance: attendance.map((row) => ({
      participantId: row.participantId,
      day: row.day,
      method: row.method,
      checkedInAt: row.checkedInAt,
    })),
    totals: days.map((day) => {
      const counts = noOne();
      for (const row of attendance) {
        const sex = sexOf.get(row.participantId);
        if (row.day !== day || sex === undefined) continue;
        counts[sex] += 1;
        counts.total += 1;
      }
      return { day, counts };
    }),
  };
}

function requireDay(workshop: WorkshopRecord, day: string): void {
  if (!workshopDays(workshop.startsOn, workshop.endsOn).includes(day)) {
    throw new AppError(
      'validation_failed',
      `day: ${day} is not a day of the workshop (${workshop.startsOn} to ${workshop.endsOn})`,
      { issues: [`day: not a day of the workshop`] },
    );
  }
}

/** An organiser checks a participant in for a day; a second check-in changes nothing. */
export async function checkInParticipant(
  workspace: Workspace,
  request: WorkshopRequest & { readonly participantId: string; readonly day: string },
): Promise<{ status: 'created' | 'already' }> {
  const status = await workspace.store.transaction(async (tx) => {
    const { workshop, participant } = await loadParticipant(tx, request);
    requireDay(workshop, request.day);
    const outcome = await checkIn(tx, {
      workshopId: workshop.id,
      participantId: participant.id,
      day: request.day,
      method: 'organiser',
      byUserId: request.actor.id,
    });
    if (outcome === 'created') {
      await appendAudit(tx, {
        projectId: request.projectId,
        actorId: request.actor.id,
        action: 'attendance.checked_in',
        objectType: 'attendance',
        objectId: participant.id,
        after: { day: request.day, method: 'organiser' },
      });
    }
    return outcome;
  });
  if (status === 'created') await announceChange(workspace, request, 'attendance');
  return { status };
}

/** Undoes a check-in (a mistake at the desk). */
export async function undoParticipantCheckIn(
  workspace: Workspace,
  request: WorkshopRequest & { readonly participantId: string; readonly day: string },
): Promise<void> {
  await workspace.store.transaction(async (tx) => {
    const { workshop, participant } = await loadParticipant(tx, request);
    const removed = await undoCheckIn(tx, {
      workshopId: workshop.id,
      participantId: participant.id,
      day: request.day,
    });
    if (!removed) {
      throw new AppError('not_found', `${participant.name} was not checked in on ${request.day}`);
    }
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'attendance.undone',
      objectType: 'attendance',
      objectId: participant.id,
      before: { day: request.day },
    });
  });
  await announceChange(workspace, request, 'attendance');
}
