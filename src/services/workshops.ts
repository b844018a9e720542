import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  AgendaSession,
  CreateWorkshopBody,
  WorkshopDetail,
  WorkshopSummary,
} from '../contract/workshops.js';
import { can, type ProjectAction } from '../core/access/permissions.js';
import { noOne, workshopDays } from '../core/workshop/statistics.js';
import { listAttendance } from '../store/repos/attendance.js';
import { appendAudit } from '../store/repos/audit.js';
import { listParticipants } from '../store/repos/participants.js';
import { workshopHasDecisions } from '../store/repos/workshop-decisions.js';
import {
  countParticipantsByWorkshop,
  countWorkshopVotes,
  deleteWorkshop,
  findWorkshop,
  insertWorkshop,
  joinCodeTaken,
  listSessions,
  listWorkshops,
  updateWorkshopDetails,
  type WorkshopRecord,
  type WorkshopSessionRecord,
} from '../store/repos/workshops.js';
import type { Database } from '../store/schema.js';
import type { Actor } from './accounts.js';
import { AppError } from './app-error.js';
import { requireProject, type ProjectAccess } from './project-access.js';
import { announce, type Workspace } from './workspace.js';

export interface WorkshopRequest {
  readonly actor: Actor;
  readonly projectId: string;
  readonly workshopId: string;
}

/** What participants type to join: no 0/O, 1/I/L, so nobody misreads it on a screen. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** A random join code (about 887 million possibilities). */
export function randomJoinCode(): string {
  let code = '';
  for (let index = 0; index < JOIN_CODE_LENGTH; index += 1) {
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)] ?? 'A';
  }
  return code;
}

/** A join code no workshop uses yet. */
async function freeJoinCode(db: Kysely<Database>): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const code = randomJoinCode();
    if (!(await joinCodeTaken(db, code))) return code;
  }
  throw new Error('No free join code after 20 attempts');
}

/** The project (if the actor may do `action`) and its workshop; not_found for another's. */
export async function requireWorkshop(
  db: Kysely<Database>,
  request: WorkshopRequest & { readonly action: ProjectAction },
): Promise<ProjectAccess & { readonly workshop: WorkshopRecord }> {
  const access = await requireProject(db, request);
  const workshop = await findWorkshop(db, request.projectId, request.workshopId);
  if (workshop === undefined) throw new AppError('not_found', 'Workshop not found');
  return { ...access, workshop };
}

const summaryOf = (workshop: WorkshopRecord, participants: number): WorkshopSummary => ({
  id: workshop.id,
  title: workshop.title,
  startsOn: workshop.startsOn,
  endsOn: workshop.endsOn,
  place: workshop.place,
  joinCode: workshop.joinCode,
  participants,
  version: workshop.version,
});

export const sessionView = (session: WorkshopSessionRecord): AgendaSession => ({
  id: session.id,
  day: session.day,
  position: session.position,
  startsAt: session.startsAt,
  endsAt: session.endsAt,
  title: session.title,
  description: session.description,
  recommendationIds: session.recommendationIds,
  obligationIds: session.obligationIds,
});

/** The full view of a workshop: event, days, agenda by day, counts. */
export async function detailOf(
  db: Kysely<Database>,
  workshop: WorkshopRecord,
  canManage: boolean,
): Promise<WorkshopDetail> {
  const [sessions, participants, attendance] = await Promise.all([
    listSessions(db, workshop.id),
    listParticipants(db, workshop.id),
    listAttendance(db, workshop.id),
  ]);
  const days = workshopDays(workshop.startsOn, workshop.endsOn);
  const counts = noOne();
  for (const participant of participants) {
    counts[participant.sex] += 1;
    counts.total += 1;
  }
  return {
    ...summaryOf(workshop, participants.length),
    projectId: workshop.projectId,
    organisers: workshop.organisers,
    partners: workshop.partners,
    description: workshop.description,
    days,
    agenda: days.map((day) => ({
      day,
      sessions: sessions.filter((session) => session.day === day).map(sessionView),
    })),
    counts: {
      participants: counts,
      sessions: sessions.length,
      attendance: days.map((day) => attendance.filter((row) => row.day === day).length),
    },
    canManage,
    updatedAt: workshop.updatedAt,
  };
}

/** The project's workshops, the latest first. */
export async function projectWorkshops(
  workspace: Workspace,
  request: { readonly actor: Actor; readonly projectId: string },
): Promise<WorkshopSummary[]> {
  const db = workspace.store.db;
  await requireProject(db, { ...request, action: 'project.read' });
  const [workshops, counts] = await Promise.all([
    listWorkshops(db, request.projectId),
    countParticipantsByWorkshop(db, request.projectId),
  ]);
  return workshops.map((workshop) => summaryOf(workshop, counts.get(workshop.id) ?? 0));
}

/** One workshop as its page shows it. */
export async function workshopDetail(
  workspace: Workspace,
  request: WorkshopRequest,
): Promise<WorkshopDetail> {
  const db = workspace.store.db;
  const { workshop, role } = await requireWorkshop(db, { ...request, action: 'project.read' });
  return detailOf(db, workshop, can(role, 'workshop.manage'));
}

const detailsAudit = (workshop: CreateWorkshopBody) => ({
  title: workshop.title,
  startsOn: workshop.startsOn,
  endsOn: workshop.endsOn,
  place: workshop.place,
  organisers: workshop.organisers,
  partners: workshop.partners,
  description: workshop.description,
});

export async function announceWorkshop(
  workspace: Workspace,
  request: WorkshopRequest,
): Promise<void> {
  await announce(workspace, {
    projectId: request.projectId,
    kind: 'workshop',
    objectId: request.workshopId,
    actor: request.actor,
  });
}

/** Plans a workshop with a fresh join code. */
export async function createWorkshop(
  workspace: Workspace,
  request: {
    readonly actor: Actor;
    readonly projectId: string;
    readonly details: CreateWorkshopBody;
  },
): Promise<WorkshopDetail> {
  const workshop = await workspace.store.transaction(async (tx) => {
    await requireProject(tx, { ...request, action: 'workshop.manage' });
    const created = await insertWorkshop(tx, {
      ...request.details,
      projectId: request.projectId,
      joinCode: await freeJoinCode(tx),
      createdBy: request.actor.id,
    });
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'workshop.created',
      objectType: 'workshop',
      objectId: created.id,
      after: { ...detailsAudit(created), joinCode: created.joinCode },
    });
    return created;
  });
  await announceWorkshop(workspace, { ...request, workshopId: workshop.id });
  return detailOf(workspace.store.db, workshop, true);
}

/** Changes the event's details; the days may not leave out a day with sessions or check-ins. */
export async function updateWorkshop(
  workspace: Workspace,
  request: WorkshopRequest & { readonly details: CreateWorkshopBody; readonly version: number },
): Promise<WorkshopDetail> {
  const workshop = await workspace.store.transaction(async (tx) => {
    const { workshop: before } = await requireWorkshop(tx, {
      ...request,
      action: 'workshop.manage',
    });
    if (before.version !== request.version) throw staleWorkshop();
    const days = new Set(workshopDays(request.details.startsOn, request.details.endsOn));
    const [sessions, attendance] = await Promise.all([
      listSessions(tx, before.id),
      listAttendance(tx, before.id),
    ]);
    const stranded = [
      ...new Set([...sessions, ...attendance].map((row) => row.day).filter((d) => !days.has(d))),
    ].sort();
    if (stranded.length > 0) {
      throw new AppError(
        'validation_failed',
        `The new dates leave out ${stranded.join(', ')}, which still has sessions or check-ins: move or remove them first`,
        { issues: [`endsOn: sessions or check-ins on ${stranded.join(', ')}`] },
      );
    }
    const updated = await updateWorkshopDetails(tx, {
      projectId: request.projectId,
      workshopId: request.workshopId,
      details: request.details,
      expectedVersion: request.version,
    });
    if (updated === 'conflict' || updated === undefined) throw staleWorkshop();
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'workshop.updated',
      objectType: 'workshop',
      objectId: before.id,
      before: detailsAudit(before),
      after: detailsAudit(updated),
    });
    return updated;
  });
  await announceWorkshop(workspace, request);
  return detailOf(workspace.store.db, workshop, true);
}

const staleWorkshop = (): AppError =>
  new AppError(
    'conflict',
    'Someone changed this workshop since you loaded it; reload and try again',
  );

/** Deletes a workshop, unless votes or decisions were recorded at it. */
export async function removeWorkshop(
  workspace: Workspace,
  request: WorkshopRequest,
): Promise<void> {
  await workspace.store.transaction(async (tx) => {
    const { workshop } = await requireWorkshop(tx, { ...request, action: 'workshop.manage' });
    const votes = await countWorkshopVotes(tx, workshop.id);
    if (votes > 0 || (await workshopHasDecisions(tx, workshop.id))) {
      throw new AppError(
        'conflict',
        `“${workshop.title}” has ${votes > 0 ? `${String(votes)} vote(s)` : 'decisions'} on record: a workshop with a record is kept`,
      );
    }
    await deleteWorkshop(tx, { projectId: request.projectId, workshopId: workshop.id });
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'workshop.deleted',
      objectType: 'workshop',
      objectId: workshop.id,
      before: { ...detailsAudit(workshop), joinCode: workshop.joinCode },
    });
  });
  await announceWorkshop(workspace, request);
}
