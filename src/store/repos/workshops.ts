import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, WorkshopSessionsTable, WorkshopsTable } from '../schema.js';
import { parseJson, toJson } from './json-column.js';
import { nowIso } from './now-iso.js';

/** A consultation workshop: the event, its join code and what its presenter screen shows. */
export interface WorkshopRecord {
  id: string;
  projectId: string;
  title: string;
  /** `YYYY-MM-DD`. */
  startsOn: string;
  endsOn: string;
  place: string;
  organisers: string;
  partners: string;
  description: string;
  joinCode: string;
  currentRecommendationId: string | null;
  currentQuestionId: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  version: number;
}

/** What an organiser writes about the event. */
export interface WorkshopDetails {
  title: string;
  startsOn: string;
  endsOn: string;
  place: string;
  organisers: string;
  partners: string;
  description: string;
}

/** One item of a workshop's agenda. */
export interface WorkshopSessionRecord {
  id: string;
  workshopId: string;
  /** `YYYY-MM-DD`, one of the workshop's days. */
  day: string;
  /** Order within the day, from 0. */
  position: number;
  /** `HH:MM`. */
  startsAt: string;
  endsAt: string;
  title: string;
  description: string;
  recommendationIds: string[];
  obligationIds: string[];
}

export type SessionDetails = Omit<WorkshopSessionRecord, 'id' | 'workshopId' | 'position'>;

function toWorkshopRecord(row: Selectable<WorkshopsTable>): WorkshopRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    title: row.title,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    place: row.place,
    organisers: row.organisers,
    partners: row.partners,
    description: row.description,
    joinCode: row.join_code,
    currentRecommendationId: row.current_recommendation_id,
    currentQuestionId: row.current_question_id,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

function detailColumns(details: WorkshopDetails) {
  return {
    title: details.title,
    starts_on: details.startsOn,
    ends_on: details.endsOn,
    place: details.place,
    organisers: details.organisers,
    partners: details.partners,
    description: details.description,
  };
}

/** Adds a workshop at version 1. The join code must be free (the column is unique). */
export async function insertWorkshop(
  db: Kysely<Database>,
  input: WorkshopDetails & { projectId: string; joinCode: string; createdBy: string; id?: string },
): Promise<WorkshopRecord> {
  const now = nowIso();
  const row: Selectable<WorkshopsTable> = {
    id: input.id ?? randomUUID(),
    project_id: input.projectId,
    ...detailColumns(input),
    join_code: input.joinCode,
    current_recommendation_id: null,
    current_question_id: null,
    created_at: now,
    created_by: input.createdBy,
    updated_at: now,
    version: 1,
  };
  await db.insertInto('workshops').values(row).execute();
  return toWorkshopRecord(row);
}

/** The workshop with this ID in this project. */
export async function findWorkshop(
  db: Kysely<Database>,
  projectId: string,
  workshopId: string,
): Promise<WorkshopRecord | undefined> {
  const row = await db
    .selectFrom('workshops')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('id', '=', workshopId)
    .executeTakeFirst();
  return row && toWorkshopRecord(row);
}

/** The workshop participants join with this code (codes are stored upper-case). */
export async function findWorkshopByJoinCode(
  db: Kysely<Database>,
  joinCode: string,
): Promise<WorkshopRecord | undefined> {
  const row = await db
    .selectFrom('workshops')
    .selectAll()
    .where('join_code', '=', joinCode.trim().toUpperCase())
    .executeTakeFirst();
  return row && toWorkshopRecord(row);
}

/** A project's workshops, the latest first. */
export async function listWorkshops(
  db: Kysely<Database>,
  projectId: string,
): Promise<WorkshopRecord[]> {
  const rows = await db
    .selectFrom('workshops')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('starts_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toWorkshopRecord);
}

/** The projects' workshops' counts of participants, by workshop ID. */
export async function countParticipantsByWorkshop(
  db: Kysely<Database>,
  projectId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('participants')
    .innerJoin('workshops', 'workshops.id', 'participants.workshop_id')
    .select(['participants.workshop_id', (eb) => eb.fn.countAll().as('n')])
    .where('workshops.project_id', '=', projectId)
    .groupBy('participants.workshop_id')
    .execute();
  return new Map(rows.map((row) => [row.workshop_id, Number(row.n)]));
}

/** True when a workshop already uses this join code. */
export async function joinCodeTaken(db: Kysely<Database>, joinCode: string): Promise<boolean> {
  const row = await db
    .selectFrom('workshops')
    .select('id')
    .where('join_code', '=', joinCode)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Writes the event's details only if the stored version is `expectedVersion`, and bumps it.
 * Returns the workshop, 'conflict' when the version is stale, undefined when there is none.
 */
export async function updateWorkshopDetails(
  db: Kysely<Database>,
  input: {
    projectId: string;
    workshopId: string;
    details: WorkshopDetails;
    expectedVersion: number;
  },
): Promise<WorkshopRecord | 'conflict' | undefined> {
  const result = await db
    .updateTable('workshops')
    .set((eb) => ({
      ...detailColumns(input.details),
      updated_at: nowIso(),
      version: eb('version', '+', 1),
    }))
    .where('project_id', '=', input.projectId)
    .where('id', '=', input.workshopId)
    .where('version', '=', input.expectedVersion)
    .executeTakeFirst();
  const stored = await findWorkshop(db, input.projectId, input.workshopId);
  if (result.numUpdatedRows === 0n) return stored === undefined ? undefined : 'conflict';
  return stored;
}

/** Deletes a workshop with its agenda, participants, attendance and live records. */
export async function deleteWorkshop(
  db: Kysely<Database>,
  input: { projectId: string; workshopId: string },
): Promise<boolean> {
  // The agenda, participants, attendance and live records go with it (ON DELETE CASCADE).
  const result = await db
    .deleteFrom('workshops')
    .where('project_id', '=', input.projectId)
    .where('id', '=', input.workshopId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** How many votes were cast at a workshop (a workshop with votes is a record, kept). */
export async function countWorkshopVotes(
  db: Kysely<Database>,
  workshopId: string,
): Promise<number> {
  const row = await db
    .selectFrom('votes')
    .innerJoin('vote_questions', 'vote_questions.id', 'votes.question_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('vote_questions.workshop_id', '=', workshopId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function toSessionRecord(row: Selectable<WorkshopSessionsTable>): WorkshopSessionRecord {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    day: row.day,
    position: row.position,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    title: row.title,
    description: row.description,
    recommendationIds: parseJson<string[]>(row.recommendation_ids_json),
    obligationIds: parseJson<string[]>(row.obligation_ids_json),
  };
}

function sessionColumns(details: SessionDetails) {
  return {
    day: details.day,
    starts_at: details.startsAt,
    ends_at: details.endsAt,
    title: details.title,
    description: details.description,
    recommendation_ids_json: toJson(details.recommendationIds),
    obligation_ids_json: toJson(details.obligationIds),
  };
}

/** A workshop's agenda: by day, then position, then start time. */
export async function listSessions(
  db: Kysely<Database>,
  workshopId: string,
): Promise<WorkshopSessionRecord[]> {
  const rows = await db
    .selectFrom('workshop_sessions')
    .selectAll()
    .where('workshop_id', '=', workshopId)
    .orderBy('day')
    .orderBy('position')
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
  return rows.map(toSessionRecord);
}

/** One session of a workshop. */
export async function findSession(
  db: Kysely<Database>,
  workshopId: string,
  sessionId: string,
): Promise<WorkshopSessionRecord | undefined> {
  const row = await db
    .selectFrom('workshop_sessions')
    .selectAll()
    .where('workshop_id', '=', workshopId)
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return row && toSessionRecord(row);
}

async function nextPosition(db: Kysely<Database>, workshopId: string, day: string) {
  const row = await db
    .selectFrom('workshop_sessions')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('workshop_id', '=', workshopId)
    .where('day', '=', day)
    .executeTakeFirst();
  const last = row?.last;
  return last === null || last === undefined ? 0 : Number(last) + 1;
}

/** Adds a session at the end of its day. */
export async function insertSession(
  db: Kysely<Database>,
  input: SessionDetails & { workshopId: string; id?: string },
): Promise<WorkshopSessionRecord> {
  const row: Selectable<WorkshopSessionsTable> = {
    id: input.id ?? randomUUID(),
    workshop_id: input.workshopId,
    position: await nextPosition(db, input.workshopId, input.day),
    ...sessionColumns(input),
  };
  await db.insertInto('workshop_sessions').values(row).execute();
  return toSessionRecord(row);
}

/** Rewrites a session; moved to another day it goes to that day's end. */
export async function updateSession(
  db: Kysely<Database>,
  input: { workshopId: string; sessionId: string; details: SessionDetails },
): Promise<WorkshopSessionRecord | undefined> {
  const before = await findSession(db, input.workshopId, input.sessionId);
  if (before === undefined) return undefined;
  const position =
    before.day === input.details.day
      ? before.position
      : await nextPosition(db, input.workshopId, input.details.day);
  await db
    .updateTable('workshop_sessions')
    .set({ ...sessionColumns(input.details), position })
    .where('workshop_id', '=', input.workshopId)
    .where('id', '=', input.sessionId)
    .execute();
  return findSession(db, input.workshopId, input.sessionId);
}

/** Deletes a session; false when there was none. */
export async function deleteSession(
  db: Kysely<Database>,
  input: { workshopId: string; sessionId: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('workshop_sessions')
    .where('workshop_id', '=', input.workshopId)
    .where('id', '=', input.sessionId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Sets the order of one day's sessions: `sessionIds` in their new order, positions from 0. */
export async function setSessionOrder(
  db: Kysely<Database>,
  input: { workshopId: string; day: string; sessionIds: readonly string[] },
): Promise<void> {
  for (const [position, id] of input.sessionIds.entries()) {
    await db
      .updateTable('workshop_sessions')
      .set({ position })
      .where('workshop_id', '=', input.workshopId)
      .where('day', '=', input.day)
      .where('id', '=', id)
      .execute();
  }
}
