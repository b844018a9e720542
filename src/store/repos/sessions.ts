import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { nowIso } from './now-iso.js';
import { toUserRecord } from './users.js';
import type { UserRecord } from './users.js';

/** A sign-in session. `idHash` is the SHA-256 of the cookie's token, never the token. */
export interface SessionRecord {
  idHash: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

/** Starts a session. */
export async function insertSession(
  db: Kysely<Database>,
  input: Omit<SessionRecord, 'createdAt'>,
): Promise<SessionRecord> {
  const record: SessionRecord = { ...input, createdAt: nowIso() };
  await db
    .insertInto('sessions')
    .values({
      id_hash: record.idHash,
      user_id: record.userId,
      csrf_token: record.csrfToken,
      created_at: record.createdAt,
      expires_at: record.expiresAt,
    })
    .execute();
  return record;
}

/**
 * The session with this hash and its user, if it expires after `now` (both ISO-8601 UTC
 * text as `Date.toISOString` writes it, which sorts as time does).
 */
export async function findLiveSession(
  db: Kysely<Database>,
  input: { idHash: string; now: string },
): Promise<(SessionRecord & { user: UserRecord }) | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select([
      'sessions.id_hash',
      'sessions.csrf_token',
      'sessions.created_at as session_created_at',
      'sessions.expires_at',
    ])
    .where('sessions.id_hash', '=', input.idHash)
    .where('sessions.expires_at', '>', input.now)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    idHash: row.id_hash,
    userId: row.id,
    csrfToken: row.csrf_token,
    createdAt: row.session_created_at,
    expiresAt: row.expires_at,
    user: toUserRecord(row),
  };
}

/** Ends one session (sign-out). */
export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of a user (password change, account reset). */
export async function deleteUserSessions(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Deletes sessions that expired at or before `now`; returns how many. */
export async function deleteExpiredSessions(db: Kysely<Database>, now: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
