import type { Kysely } from 'kysely';
import { CHECK_IN_METHODS, isOneOf } from '../../core/workshop/vocabulary.js';
import type { CheckInMethod } from '../../core/workshop/vocabulary.js';
import type { Database } from '../schema.js';
import { nowIso } from './now-iso.js';

/** A participant present on one day of a workshop. */
export interface AttendanceRecord {
  participantId: string;
  workshopId: string;
  /** `YYYY-MM-DD`. */
  day: string;
  method: CheckInMethod;
  checkedInAt: string;
  checkedInBy: string | null;
}

/**
 * Records that a participant is present on a day. Idempotent: a second check-in for the same
 * day keeps the first one and answers 'already'.
 */
export async function checkIn(
  db: Kysely<Database>,
  input: {
    workshopId: string;
    participantId: string;
    day: string;
    method: CheckInMethod;
    byUserId: string | null;
  },
): Promise<'created' | 'already'> {
  const result = await db
    .insertInto('attendance')
    .values({
      participant_id: input.participantId,
      workshop_id: input.workshopId,
      day: input.day,
      method: input.method,
      checked_in_at: nowIso(),
      checked_in_by: input.byUserId,
    })
    .onConflict((conflict) => conflict.columns(['participant_id', 'day']).doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n ? 'created' : 'already';
}

/** Forgets a check-in; false when the participant was not checked in that day. */
export async function undoCheckIn(
  db: Kysely<Database>,
  input: { workshopId: string; participantId: string; day: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('attendance')
    .where('workshop_id', '=', input.workshopId)
    .where('participant_id', '=', input.participantId)
    .where('day', '=', input.day)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** A workshop's check-ins by day, then time. */
export async function listAttendance(
  db: Kysely<Database>,
  workshopId: string,
): Promise<AttendanceRecord[]> {
  const rows = await db
    .selectFrom('attendance')
    .selectAll()
    .where('workshop_id', '=', workshopId)
    .orderBy('day')
    .orderBy('checked_in_at')
    .orderBy('participant_id')
    .execute();
  return rows.map((row) => {
    if (!isOneOf(CHECK_IN_METHODS, row.method)) {
      throw new Error(`Unknown check-in method in the database: ${row.method}`);
    }
    return {
      participantId: row.participant_id,
      workshopId: row.workshop_id,
      day: row.day,
      method: row.method,
      checkedInAt: row.checked_in_at,
      checkedInBy: row.checked_in_by,
    };
  });
}

/** Removes every check-in of a workshop on days outside `days` (after its dates changed). */
export async function deleteAttendanceOutside(
  db: Kysely<Database>,
  input: { workshopId: string; days: readonly string[] },
): Promise<number> {
  const result = await db
    .deleteFrom('attendance')
    .where('workshop_id', '=', input.workshopId)
    .$if(input.days.length > 0, (query) => query.where('day', 'not in', input.days))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** True when the participant is checked in on `day`. */
export async function isCheckedIn(
  db: Kysely<Database>,
  input: { participantId: string; day: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('attendance')
    .select('day')
    .where('participant_id', '=', input.participantId)
    .where('day', '=', input.day)
    .executeTakeFirst();
  return row !== undefined;
}
