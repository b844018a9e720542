import { PostgresIntrospector, SqliteIntrospector } from 'kysely';
import type { Kysely } from 'kysely';

/** The database engines the store runs on. */
export type DialectName = 'sqlite' | 'postgres';

/**
 * Which engine `db` (or a transaction on it) talks to, told from its introspector, so a
 * migration can ask for the one statement that has no portable form.
 */
export function dialectOf<TDatabase>(db: Kysely<TDatabase>): DialectName {
  if (db.introspection instanceof PostgresIntrospector) return 'postgres';
  if (db.introspection instanceof SqliteIntrospector) return 'sqlite';
  throw new Error('The store runs on SQLite or PostgreSQL only.');
}
