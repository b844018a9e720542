import { Migrator, NO_MIGRATIONS } from 'kysely';
import type { Kysely, MigrationResultSet } from 'kysely';
import { dialectOf } from '../dialects/dialect-of.js';
import { postgresCurrentSchema } from '../dialects/postgres.js';
import { MIGRATIONS } from './migrations.js';

async function createMigrator<TDatabase>(db: Kysely<TDatabase>): Promise<Migrator> {
  // On PostgreSQL the migration log lives in the store's own schema: left unset, Kysely would
  // take a log in any other schema of the database for this one's.
  const migrationTableSchema =
    dialectOf(db) === 'postgres' ? await postgresCurrentSchema(db) : undefined;
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
    ...(migrationTableSchema === undefined ? {} : { migrationTableSchema }),
  });
}

/** Throws an error naming the failed migration, if any, with the database's error as cause. */
function check(outcome: MigrationResultSet): void {
  if (outcome.error === undefined) return;
  const failed = outcome.results?.find((result) => result.status === 'Error');
  const { error } = outcome;
  const reason = error instanceof Error ? error.message : JSON.stringify(error);
  const what = failed
    ? `Migration ${failed.migrationName} (${failed.direction.toLowerCase()}) failed`
    : 'Migrating the database failed';
  throw new Error(`${what}: ${reason}`, { cause: outcome.error });
}

/** Applies every migration not yet applied; returns the names it applied. */
export async function migrateToLatest<TDatabase>(db: Kysely<TDatabase>): Promise<string[]> {
  const outcome = await (await createMigrator(db)).migrateToLatest();
  check(outcome);
  return (outcome.results ?? []).map((result) => result.migrationName);
}

/** Undoes every applied migration, newest first (tests, and starting over by hand). */
export async function migrateToNothing<TDatabase>(db: Kysely<TDatabase>): Promise<string[]> {
  const outcome = await (await createMigrator(db)).migrateTo(NO_MIGRATIONS);
  check(outcome);
  return (outcome.results ?? []).map((result) => result.migrationName);
}
