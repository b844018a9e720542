import type { Kysely } from 'kysely';

/**
 * Drafts of the new law: the working copy (a DraftDocument as JSON, with a revision counter
 * that every edit raises) and its named versions. Comments gain a resolved state, used by
 * comments on draft articles.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) =>
      c.notNull().references('projects.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('source_law_id', 'text', (c) => c.references('laws.id').onDelete('set null'))
    .addColumn('replaces_law_id', 'text', (c) => c.references('laws.id').onDelete('set null'))
    .addColumn('document_json', 'text', (c) => c.notNull())
    .addColumn('article_count', 'integer', (c) => c.notNull())
    .addColumn('placeholder_count', 'integer', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('drafts_project').on('drafts').column('project_id').execute();

  await db.schema
    .createTable('draft_versions')
    .addColumn('draft_id', 'text', (c) => c.notNull().references('drafts.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('document_json', 'text', (c) => c.notNull())
    .addColumn('article_count', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('draft_versions_pk', ['draft_id', 'number'])
    .execute();

  /** Who last changed each unit of a draft, and when: what a conflict tells the drafter. */
  await db.schema
    .createTable('draft_node_changes')
    .addColumn('draft_id', 'text', (c) => c.notNull().references('drafts.id').onDelete('cascade'))
    .addColumn('node_key', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.references('users.id'))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('draft_node_changes_pk', ['draft_id', 'node_key'])
    .execute();

  await db.schema.alterTable('comments').addColumn('resolved_at', 'text').execute();
  await db.schema
    .alterTable('comments')
    .addColumn('resolved_by', 'text', (c) => c.references('users.id'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('comments').dropColumn('resolved_by').execute();
  await db.schema.alterTable('comments').dropColumn('resolved_at').execute();
  await db.schema.dropTable('draft_node_changes').execute();
  await db.schema.dropTable('draft_versions').execute();
  await db.schema.dropTable('drafts').execute();
}
