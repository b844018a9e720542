import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { toPersonRef } from './person-ref.js';
import type { PersonRef } from './person-ref.js';
import { parseJson, toJson } from './json-column.js';
import { nowIso } from './now-iso.js';

/** One entry of the audit log: who did what to which object, when, before and after. */
export interface AuditRecord {
  /** Ascending in the order entries were written. */
  id: number;
  projectId: string | null;
  /** Null for the system (no user did it). */
  actor: PersonRef | null;
  action: string;
  objectType: string;
  objectId: string;
  before: unknown;
  after: unknown;
  at: string;
}

/**
 * Appends an entry to the audit log. Call it in the same transaction as the change it
 * records, so the log holds exactly what was committed. Entries are never changed: the
 * database refuses UPDATE and DELETE on the log.
 */
export async function appendAudit(
  db: Kysely<Database>,
  input: {
    projectId: string | null;
    actorId: string | null;
    action: string;
    objectType: string;
    objectId: string;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      project_id: input.projectId,
      actor_id: input.actorId,
      action: input.action,
      object_type: input.objectType,
      object_id: input.objectId,
      before_json: input.before === undefined ? null : toJson(input.before),
      after_json: input.after === undefined ? null : toJson(input.after),
      at: nowIso(),
    })
    .execute();
}

/** A project's audit log, newest first, optionally for one object type or one object. */
export async function listAudit(
  db: Kysely<Database>,
  input: { projectId: string; objectType?: string; objectId?: string; limit: number },
): Promise<AuditRecord[]> {
  let query = db
    .selectFrom('audit_events')
    .leftJoin('users', 'users.id', 'audit_events.actor_id')
    .selectAll('audit_events')
    .select('users.name as actor_name')
    .where('audit_events.project_id', '=', input.projectId);
  if (input.objectType !== undefined) {
    query = query.where('audit_events.object_type', '=', input.objectType);
  }
  if (input.objectId !== undefined) {
    query = query.where('audit_events.object_id', '=', input.objectId);
  }
  const rows = await query.orderBy('audit_events.id', 'desc').limit(input.limit).execute();
  return rows.map((row) => ({
    id: row.id,
    projectId: row.project_id,
    actor: toPersonRef(row.actor_id, row.actor_name),
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    before: row.before_json === null ? null : parseJson<unknown>(row.before_json),
    after: row.after_json === null ? null : parseJson<unknown>(row.after_json),
    at: row.at,
  }));
}
