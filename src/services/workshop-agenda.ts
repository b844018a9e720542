import type { Kysely } from 'kysely';
import type { AgendaSession, SessionBody, WorkshopDetail } from '../contract/workshops.js';
import { workshopDays } from '../core/workshop/statistics.js';
import { appendAudit } from '../store/repos/audit.js';
import { existingRecommendationIds } from '../store/repos/workshop-decisions.js';
import {
  deleteSession,
  findSession,
  insertSession,
  listSessions,
  setSessionOrder,
  updateSession,
  type WorkshopRecord,
} from '../store/repos/workshops.js';
import type { Database } from '../store/schema.js';
import { AppError } from './app-error.js';
import {
  announceWorkshop,
  detailOf,
  requireWorkshop,
  sessionView,
  type WorkshopRequest,
} from './workshops.js';
import type { Workspace } from './workspace.js';

/** Checks a session against the workshop: its day, its recommendations and obligations. */
async function checkSession(
  db: Kysely<Database>,
  context: { workspace: Workspace; workshop: WorkshopRecord; body: SessionBody },
): Promise<void> {
  const { workspace, workshop, body } = context;
  const issues: string[] = [];
  const days = workshopDays(workshop.startsOn, workshop.endsOn);
  if (!days.includes(body.day)) {
    issues.push(
      `day: ${body.day} is not a day of the workshop (${workshop.startsOn} to ${workshop.endsOn})`,
    );
  }
  const known = await existingRecommendationIds(db, {
    projectId: workshop.projectId,
    ids: body.recommendationIds,
  });
  const unknownRecommendations = body.recommendationIds.filter((id) => !known.has(id));
  if (unknownRecommendations.length > 0) {
    issues.push(
      `recommendationIds: not recommendations of this project: ${unknownRecommendations.join(', ')}`,
    );
  }
  const unknownObligations = body.obligationIds.filter((id) => !workspace.catalogue.byId.has(id));
  if (unknownObligations.length > 0) {
    issues.push(`obligationIds: not in the catalogue: ${unknownObligations.join(', ')}`);
  }
  if (issues.length > 0) {
    throw new AppError('validation_failed', issues.join('; '), { issues });
  }
}

const uniqueLinks = (body: SessionBody): SessionBody => ({
  ...body,
  recommendationIds: [...new Set(body.recommendationIds)],
  obligationIds: [...new Set(body.obligationIds)],
});

/** Adds a session at the end of its day. */
export async function addSession(
  workspace: Workspace,
  request: WorkshopRequest & { readonly body: SessionBody },
): Promise<AgendaSession> {
  const body = uniqueLinks(request.body);
  const session = await workspace.store.transaction(async (tx) => {
    const { workshop } = await requireWorkshop(tx, { ...request, action: 'workshop.manage' });
    await checkSession(tx, { workspace, workshop, body });
    const created = await insertSession(tx, { workshopId: workshop.id, ...body });
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'workshop_session.created',
      objectType: 'workshop_session',
      objectId: created.id,
      after: sessionView(created),
    });
    return created;
  });
  await announceWorkshop(workspace, request);
  return sessionView(session);
}

/** Rewrites a session (moved to another day, it goes to that day's end). */
export async function changeSession(
  workspace: Workspace,
  request: WorkshopRequest & { readonly sessionId: string; readonly body: SessionBody },
): Promise<AgendaSession> {
  const body = uniqueLinks(request.body);
  const session = await workspace.store.transaction(async (tx) => {
    const { workshop } = await requireWorkshop(tx, { ...request, action: 'workshop.manage' });
    const before = await findSession(tx, workshop.id, request.sessionId);
    if (before === undefined) throw new AppError('not_found', 'Session not found');
    await checkSession(tx, { workspace, workshop, body });
    const updated = await updateSession(tx, {
      workshopId: workshop.id,
      sessionId: before.id,
      details: body,
    });
    if (updated === undefined) throw new AppError('not_found', 'Session not found');
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'workshop_session.updated',
      objectType: 'workshop_session',
      objectId: before.id,
      before: sessionView(before),
      after: sessionView(updated),
    });
    return updated;
  });
  await announceWorkshop(workspace, request);
  return sessionView(session);
}

/** Removes a session from the agenda. */
export async function removeSession(
  workspace: Workspace,
  request: WorkshopRequest & { readonly sessionId: string },
): Promise<void> {
  await workspace.store.transaction(async (tx) => {
    const { workshop } = await requireWorkshop(tx, { ...request, action: 'workshop.manage' });
    const before = await findSession(tx, workshop.id, request.sessionId);
    if (before === undefined) throw new AppError('not_found', 'Session not found');
    await deleteSession(tx, { workshopId: workshop.id, sessionId: before.id });
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'workshop_session.deleted',
      objectType: 'workshop_session',
      objectId: before.id,
      before: sessionView(before),
    });
  });
  await announceWorkshop(workspace, request);
}

/** Sets the order of one day's sessions: every session of that day, each once. */
export async function reorderSessions(
  workspace: Workspace,
  request: WorkshopRequest & { readonly day: string; readonly sessionIds: readonly string[] },
): Promise<WorkshopDetail> {
  const workshop = await workspace.store.transaction(async (tx) => {
    const { workshop: found } = await requireWorkshop(tx, {
      ...request,
      action: 'workshop.manage',
    });
    const ofDay = (await listSessions(tx, found.id)).filter((s) => s.day === request.day);
    const expected = new Set(ofDay.map((session) => session.id));
    const given = new Set(request.sessionIds);
    if (
      given.size !== request.sessionIds.length ||
      given.size !== expected.size ||
      ![...given].every((id) => expected.has(id))
    ) {
      throw new AppError(
        'validation_failed',
        `sessionIds: give every session of ${request.day} once (${String(expected.size)} session(s))`,
        { issues: ['sessionIds: not the sessions of that day'] },
      );
    }
    await setSessionOrder(tx, {
      workshopId: found.id,
      day: request.day,
      sessionIds: request.sessionIds,
    });
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'workshop_session.reordered',
      objectType: 'workshop',
      objectId: found.id,
      before: { day: request.day, sessionIds: ofDay.map((session) => session.id) },
      after: { day: request.day, sessionIds: request.sessionIds },
    });
    return found;
  });
  await announceWorkshop(workspace, request);
  return detailOf(workspace.store.db, workshop, true);
}
