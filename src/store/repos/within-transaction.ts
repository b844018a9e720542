import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Runs `fn` atomically: inside the caller's transaction when `db` is one, in a new one
 * otherwise (Kysely does not nest transactions).
 */
export function withinTransaction<T>(
  db: Kysely<Database>,
  fn: (tx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
