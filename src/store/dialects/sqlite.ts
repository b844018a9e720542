import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { SqliteDialect } from 'kysely';
import { checkLiveMessage, LiveListeners } from '../live-channel.js';
import type { LiveChannel } from '../live-channel.js';

/** The path that keeps a SQLite database in memory only (tests, one-off CLI runs). */
export const SQLITE_MEMORY = ':memory:';

/**
 * Opens a SQLite store's connection: one file (its folder created when missing) or
 * `:memory:`, and an in-process live channel. WAL lets readers work while one writer
 * commits; the busy timeout covers a second process (the CLI beside the server) holding the
 * write lock for a moment.
 */
export function openSqlite(path: string): { dialect: SqliteDialect; live: LiveChannel } {
  if (path !== SQLITE_MEMORY) mkdirSync(dirname(path), { recursive: true });
  const database = new SQLite(path);
  if (path !== SQLITE_MEMORY) database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  return { dialect: new SqliteDialect({ database }), live: createSqliteLiveChannel() };
}

/**
 * The live channel of an embedded database: one process owns the file, so messages stay in
 * that process (another process on the same file does not see them).
 */
function createSqliteLiveChannel(): LiveChannel {
  const listeners = new LiveListeners();
  let closed = false;
  return {
    // An executor that throws rejects, as a failed NOTIFY does on PostgreSQL.
    publish: (message) =>
      new Promise<void>((resolve) => {
        checkLiveMessage(message);
        if (!closed) listeners.deliver(message);
        resolve();
      }),
    subscribe: (listener) => listeners.add(listener),
    close() {
      closed = true;
      listeners.clear();
      return Promise.resolve();
    },
  };
}

/** SQLite triggers that make `table` append-only: UPDATE and DELETE abort. */
export function sqliteAppendOnlyTriggers(table: string): { up: string[]; down: string[] } {
  const raise = `begin select raise(abort, 'audit log is append-only'); end`;
  return {
    up: [
      `create trigger ${table}_no_update before update on ${table} ${raise}`,
      `create trigger ${table}_no_delete before delete on ${table} ${raise}`,
    ],
    down: [
      `drop trigger if exists ${table}_no_update`,
      `drop trigger if exists ${table}_no_delete`,
    ],
  };
}
