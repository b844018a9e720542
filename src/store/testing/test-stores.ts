import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DialectName } from '../dialects/dialect-of.js';
import { createPostgresSchema, dropPostgresSchema } from '../dialects/postgres.js';
import { openStore } from '../open-store.js';
import type { Store, StoreConfig } from '../open-store.js';

const DIALECT_NAMES: readonly DialectName[] = ['sqlite', 'postgres'];

function parseDialects(list: string): readonly DialectName[] {
  const names = list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names.map((name) => {
    const dialect = DIALECT_NAMES.find((known) => known === name);
    if (dialect === undefined) {
      throw new Error(`LEXALIGN_TEST_DIALECTS: unknown dialect "${name}" (sqlite, postgres)`);
    }
    return dialect;
  });
}

/**
 * The dialects every store-backed suite runs over: `LEXALIGN_TEST_DIALECTS` (comma-separated),
 * default `sqlite,postgres`. A listed dialect that cannot be reached fails its tests.
 */
export const TEST_DIALECTS: readonly DialectName[] = parseDialects(
  process.env.LEXALIGN_TEST_DIALECTS ?? 'sqlite,postgres',
);

/** The PostgreSQL server tests use: `LEXALIGN_TEST_POSTGRES_URL`, default the local `test`. */
export const TEST_POSTGRES_URL =
  process.env.LEXALIGN_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A migrated store of a test's own, and how to get rid of it. */
export interface TestStore {
  readonly store: Store;
  /** Opens another store on the same database (a second server instance); `cleanup` closes it. */
  openSibling(): Promise<Store>;
  /** Closes every store opened here and deletes the database (file or schema). */
  cleanup(): Promise<void>;
}

async function openPlace(
  dialect: DialectName,
): Promise<{ config: StoreConfig; remove: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const folder = await mkdtemp(join(tmpdir(), 'lexalign-test-'));
    return {
      config: { sqlitePath: join(folder, 'store.sqlite') },
      remove: () => rm(folder, { recursive: true, force: true }),
    };
  }
  const place = {
    connectionString: TEST_POSTGRES_URL,
    schema: `lx_${randomBytes(8).toString('hex')}`,
  };
  try {
    await createPostgresSchema(place);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `PostgreSQL is listed in LEXALIGN_TEST_DIALECTS but is not usable: ${reason}. ` +
        'Start it, point LEXALIGN_TEST_POSTGRES_URL at it, or set LEXALIGN_TEST_DIALECTS=sqlite.',
      { cause: error },
    );
  }
  return {
    config: { databaseUrl: place.connectionString, schema: place.schema, poolSize: 4 },
    remove: () => dropPostgresSchema(place),
  };
}

/**
 * Opens a fresh, migrated store for one test or suite: SQLite in a temporary file, or
 * PostgreSQL in a schema created for it, so suites running in parallel never meet.
 *
 * @example
 * const { store, cleanup } = await openTestStore('postgres');
 * try { … } finally { await cleanup(); }
 */
export async function openTestStore(dialect: DialectName): Promise<TestStore> {
  const place = await openPlace(dialect);
  const stores: Store[] = [];
  const open = async (): Promise<Store> => {
    const store = await openStore(place.config);
    stores.push(store);
    return store;
  };
  let store: Store;
  try {
    store = await open();
  } catch (error) {
    await place.remove();
    throw error;
  }
  return {
    store,
    openSibling: open,
    async cleanup() {
      await Promise.allSettled(stores.map((each) => each.close()));
      await place.remove();
    },
  };
}
