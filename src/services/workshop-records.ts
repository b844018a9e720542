import type { Kysely } from 'kysely';
import type { ExportPart, WorkshopStatisticsView } from '../contract/workshops.js';
import { can } from '../core/access/permissions.js';
import { computeWorkshopStatistics, workshopDays } from '../core/workshop/statistics.js';
import { DECISION_METHODS, RECOMMENDATION_STATUSES, isOneOf } from '../core/workshop/vocabulary.js';
import {
  workshopCsv,
  workshopWorkbook,
  type WorkshopRecords,
} from '../reporters/workshop-records.js';
import { listAttendance } from '../store/repos/attendance.js';
import { listParticipants } from '../store/repos/participants.js';
import { listWorkshopDecisions } from '../store/repos/workshop-decisions.js';
import { listSessions, type WorkshopRecord } from '../store/repos/workshops.js';
import type { Database } from '../store/schema.js';
import { daysByParticipant } from './workshop-participants.js';
import { requireWorkshop, type WorkshopRequest } from './workshops.js';
import type { Workspace } from './workspace.js';

type Decision = WorkshopStatisticsView['decisions'][number];

async function decisionsOf(db: Kysely<Database>, workshop: WorkshopRecord): Promise<Decision[]> {
  const sessions = await listSessions(db, workshop.id);
  const records = await listWorkshopDecisions(db, {
    projectId: workshop.projectId,
    workshopId: workshop.id,
    agendaRecommendationIds: sessions.flatMap((session) => session.recommendationIds),
  });
  return records.flatMap((record) => {
    const status = record.status;
    if (!isOneOf(RECOMMENDATION_STATUSES, status)) return [];
    const method =
      record.method !== null && isOneOf(DECISION_METHODS, record.method) ? record.method : null;
    return [
      {
        recommendationId: record.recommendationId,
        label: `R${String(record.number)}`,
        title: record.title,
        status,
        method,
        tally: record.tally,
        decidedAt: record.decidedAt,
      },
    ];
  });
}

/** Everything the statistics and exports are computed from, read once. */
async function gather(db: Kysely<Database>, workshop: WorkshopRecord) {
  const [participants, attendance, decisions] = await Promise.all([
    listParticipants(db, workshop.id),
    listAttendance(db, workshop.id),
    decisionsOf(db, workshop),
  ]);
  const days = workshopDays(workshop.startsOn, workshop.endsOn);
  const statistics = computeWorkshopStatistics({ days, participants, attendance, decisions });
  return { days, participants, attendance, decisions, statistics };
}

/** The workshop's figures, computed from its records. */
export async function workshopStatistics(
  workspace: Workspace,
  request: WorkshopRequest,
): Promise<WorkshopStatisticsView> {
  const db = workspace.store.db;
  const { workshop } = await requireWorkshop(db, { ...request, action: 'project.read' });
  const { days, decisions, statistics } = await gather(db, workshop);
  return { days, ...statistics, decisions };
}

/** A file name from the workshop's title and first day: `atelier-de-validation-2026-12-07`. */
export function exportFileName(workshop: WorkshopRecord): string {
  const slug = workshop.title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'workshop'}-${workshop.startsOn}`;
}

/** A download of the workshop's records: contacts only for those who manage it. */
export async function exportWorkshop(
  workspace: Workspace,
  request: WorkshopRequest & { readonly format: 'xlsx' | 'csv'; readonly part: ExportPart },
): Promise<{ fileName: string; contentType: string; bytes: Uint8Array }> {
  const db = workspace.store.db;
  const { workshop, role, project } = await requireWorkshop(db, {
    ...request,
    action: 'project.read',
  });
  const showContacts = can(role, 'workshop.manage');
  const { days, participants, attendance, decisions, statistics } = await gather(db, workshop);
  const present = daysByParticipant(attendance);
  const records: WorkshopRecords = {
    language: project.language,
    workshop,
    days,
    statistics,
    participants: participants.map((participant) => ({
      ...participant,
      email: showContacts ? participant.email : null,
      phone: showContacts ? participant.phone : null,
      days: present.get(participant.id) ?? [],
    })),
    decisions,
  };
  const name = exportFileName(workshop);
  if (request.format === 'xlsx') {
    return {
      fileName: `${name}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes: await workshopWorkbook(records),
    };
  }
  return {
    fileName: `${name}-${request.part}.csv`,
    contentType: 'text/csv; charset=utf-8',
    bytes: new TextEncoder().encode(workshopCsv(records, request.part)),
  };
}
