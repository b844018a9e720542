import { sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { dialectOf } from './dialect-of.js';
import { postgresAppendOnlyTriggers } from './postgres.js';
import { sqliteAppendOnlyTriggers } from './sqlite.js';

/**
 * The column builder for an auto-increment integer primary key: `integer primary key
 * autoincrement` on SQLite (IDs never reused), an identity column on PostgreSQL.
 */
export function identityPrimaryKey(
  db: Kysely<unknown>,
): (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return dialectOf(db) === 'postgres'
    ? (column) => column.primaryKey().generatedByDefaultAsIdentity()
    : (column) => column.primaryKey().autoIncrement();
}

/**
 * Triggers that make `table` append-only in the database itself, so no code path (nor a
 * hand-typed statement) can rewrite history: UPDATE and DELETE fail with
 * "audit log is append-only".
 */
export function appendOnlyGuard(
  db: Kysely<unknown>,
  table: string,
): { create(): Promise<void>; drop(): Promise<void> } {
  const statements =
    dialectOf(db) === 'postgres'
      ? postgresAppendOnlyTriggers(table)
      : sqliteAppendOnlyTriggers(table);
  const run = async (list: readonly string[]): Promise<void> => {
    for (const statement of list) await sql.raw(statement).execute(db);
  };
  return { create: () => run(statements.up), drop: () => run(statements.down) };
}
