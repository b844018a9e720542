import { Kysely } from 'kysely';
import type { Dialect } from 'kysely';
import type { DialectName } from './dialects/dialect-of.js';
import { openPostgres } from './dialects/postgres.js';
import { openSqlite } from './dialects/sqlite.js';
import type { LiveChannel } from './live-channel.js';
import { migrateToLatest } from './migrations/migrate.js';
import type { Database } from './schema.js';

export type { DialectName } from './dialects/dialect-of.js';

/** Where the store keeps its data. Built by the caller (the server's config, the CLI, tests). */
export interface StoreConfig {
  /** `postgres://…` (or `postgresql://…`); absent: an embedded SQLite file. */
  readonly databaseUrl?: string;
  /** The SQLite file, or `:memory:`; default `./data/lexalign.sqlite`. */
  readonly sqlitePath?: string;
  /** PostgreSQL connections per instance; default 10. */
  readonly poolSize?: number;
  /** PostgreSQL only: work in this schema (a plain lower-case identifier that exists). */
  readonly schema?: string;
}

/** An open, migrated database with its live channel. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   * Inside, use only `tx`: on SQLite `db` waits for the transaction's one connection.
   */
  transaction<T>(fn: (tx: Kysely<Database>) => Promise<T>): Promise<T>;
  /** Change messages between instances on the same database. */
  readonly live: LiveChannel;
  /** Closes the live channel, then the connections. */
  close(): Promise<void>;
}

/** The SQLite file used when the caller names none. */
export const DEFAULT_SQLITE_PATH = './data/lexalign.sqlite';

async function openConnections(
  config: StoreConfig,
): Promise<{ dialect: Dialect; live: LiveChannel; name: DialectName }> {
  const url = config.databaseUrl;
  if (url === undefined) {
    return { ...openSqlite(config.sqlitePath ?? DEFAULT_SQLITE_PATH), name: 'sqlite' };
  }
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error('The database URL must start with postgres:// or postgresql://.');
  }
  const opened = await openPostgres({
    connectionString: url,
    ...(config.poolSize === undefined ? {} : { poolSize: config.poolSize }),
    ...(config.schema === undefined ? {} : { schema: config.schema }),
  });
  return { ...opened, name: 'postgres' };
}

/**
 * Opens the database named by `config` and migrates it to the latest schema. Rejects when
 * the database cannot be reached, or with an error naming the migration that failed.
 *
 * @example
 * const store = await openStore({ sqlitePath: ':memory:' });
 * const user = await insertUser(store.db, { email: 'a@example.org', … });
 * await store.close();
 */
export async function openStore(config: StoreConfig): Promise<Store> {
  const { dialect, live, name } = await openConnections(config);
  const db = new Kysely<Database>({ dialect });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await live.close();
    await db.destroy();
    throw error;
  }
  return {
    db,
    dialect: name,
    transaction: (fn) => db.transaction().execute(fn),
    live,
    async close() {
      await live.close();
      await db.destroy();
    },
  };
}
