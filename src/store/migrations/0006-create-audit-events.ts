import type { Kysely } from 'kysely';
import { appendOnlyGuard, identityPrimaryKey } from '../dialects/portable-ddl.js';

/**
 * The audit log. It has no foreign keys on purpose: history outlives the projects and users
 * it names, and a cascade would be an UPDATE or DELETE, which the append-only guard refuses.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'integer', identityPrimaryKey(db))
    .addColumn('project_id', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_events_object')
    .on('audit_events')
    .columns(['project_id', 'object_type', 'object_id'])
    .execute();
  await appendOnlyGuard(db, 'audit_events').create();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await appendOnlyGuard(db, 'audit_events').drop();
  await db.schema.dropTable('audit_events').execute();
}
