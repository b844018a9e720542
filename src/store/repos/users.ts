import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, UsersTable } from '../schema.js';
import { nowIso } from './now-iso.js';

/** A user account. `email` is stored lower-cased. */
export interface UserRecord {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  isAdmin: boolean;
  mustChangePassword: boolean;
  locale: 'fr' | 'en';
  createdAt: string;
}

/** The record for a `users` row (also used by repos that join users). */
export function toUserRecord(row: Selectable<UsersTable>): UserRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    passwordHash: row.password_hash,
    isAdmin: row.is_admin === 1,
    mustChangePassword: row.must_change_password === 1,
    locale: row.locale === 'en' ? 'en' : 'fr',
    createdAt: row.created_at,
  };
}

/**
 * Adds a user. The e-mail is lower-cased; a second account with the same address in any case
 * violates the unique index and rejects.
 */
export async function insertUser(
  db: Kysely<Database>,
  input: Omit<UserRecord, 'id' | 'createdAt'>,
): Promise<UserRecord> {
  const record: UserRecord = {
    ...input,
    id: randomUUID(),
    email: input.email.toLowerCase(),
    createdAt: nowIso(),
  };
  await db
    .insertInto('users')
    .values({
      id: record.id,
      email: record.email,
      name: record.name,
      password_hash: record.passwordHash,
      is_admin: record.isAdmin ? 1 : 0,
      must_change_password: record.mustChangePassword ? 1 : 0,
      locale: record.locale,
      created_at: record.createdAt,
    })
    .execute();
  return record;
}

/** The user with this e-mail address, in any case. */
export async function findUserByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<UserRecord | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return row && toUserRecord(row);
}

/** The user with this ID. */
export async function findUserById(
  db: Kysely<Database>,
  id: string,
): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUserRecord(row);
}

/** Every user, by e-mail address. */
export async function listUsers(db: Kysely<Database>): Promise<UserRecord[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('email').execute();
  return rows.map(toUserRecord);
}

/** Sets a user's password hash and whether they must change it at next sign-in. */
export async function updatePassword(
  db: Kysely<Database>,
  input: { userId: string; passwordHash: string; mustChangePassword: boolean },
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      password_hash: input.passwordHash,
      must_change_password: input.mustChangePassword ? 1 : 0,
    })
    .where('id', '=', input.userId)
    .execute();
}

/** How many users exist (zero: the first one to sign up becomes the site admin). */
export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  // PostgreSQL returns count(*) as a bigint string, SQLite as a number.
  return Number(row.n);
}
