/**
 * The storage layer: one query layer over SQLite and PostgreSQL (DESIGN.md §4). Open a store
 * with `openStore`, then call the repo functions with `store.db` or a transaction.
 */
export { DEFAULT_SQLITE_PATH, openStore } from './open-store.js';
export type { DialectName, Store, StoreConfig } from './open-store.js';
export type { LiveChannel } from './live-channel.js';
export type { Database } from './schema.js';
export * from './repos/users.js';
export * from './repos/sessions.js';
export * from './repos/projects.js';
