import { afterEach, beforeEach } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { openTestStore } from './test-stores.js';
import type { TestStore } from './test-stores.js';
import type { DialectName } from '../dialects/dialect-of.js';

/**
 * Gives each test of the enclosing `describe` a fresh store on `dialect`, cleaned up after
 * it. Returns accessors for the current test's store and its `db`.
 *
 * @example
 * describe.each(TEST_DIALECTS)('users on %s', (dialect) => {
 *   const { db } = useTestStore(dialect);
 *   it('…', async () => { await insertUser(db(), …); });
 * });
 */
export function useTestStore(dialect: DialectName): {
  test: () => TestStore;
  db: () => Kysely<Database>;
} {
  let current: TestStore | undefined;
  beforeEach(async () => {
    current = await openTestStore(dialect);
  });
  afterEach(async () => {
    await current?.cleanup();
    current = undefined;
  });
  const test = (): TestStore => {
    if (current === undefined) throw new Error('useTestStore: no store outside a test');
    return current;
  };
  return { test, db: () => test().store.db };
}
