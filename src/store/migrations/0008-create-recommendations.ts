import type { Kysely } from 'kysely';
import { identityPrimaryKey } from '../dialects/portable-ddl.js';

/**
 * Recommendations: what should change in the law, written from findings or free-standing,
 * with every version of their wording and every move through their lifecycle.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('recommendations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) =>
      c.notNull().references('projects.id').onDelete('cascade'),
    )
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('target_law_id', 'text', (c) => c.references('laws.id').onDelete('set null'))
    .addColumn('target_text', 'text', (c) => c.notNull())
    .addColumn('target_article', 'text', (c) => c.notNull())
    .addColumn('wording', 'text', (c) => c.notNull())
    .addColumn('wording_version', 'integer', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('finding_ids_json', 'text', (c) => c.notNull())
    .addColumn('obligation_ids_json', 'text', (c) => c.notNull())
    .addColumn('decision_method', 'text')
    .addColumn('decision_note', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addUniqueConstraint('recommendations_number', ['project_id', 'number'])
    .execute();
  await db.schema
    .createIndex('recommendations_project_status')
    .on('recommendations')
    .columns(['project_id', 'status'])
    .execute();

  await db.schema
    .createTable('recommendation_versions')
    .addColumn('recommendation_id', 'text', (c) =>
      c.notNull().references('recommendations.id').onDelete('cascade'),
    )
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('wording', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.references('users.id'))
    /** Set when the wording is a participant's amendment taken up during the workshop. */
    .addColumn('contribution_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('recommendation_versions_pk', ['recommendation_id', 'number'])
    .execute();

  await db.schema
    .createTable('recommendation_transitions')
    .addColumn('id', 'integer', identityPrimaryKey(db))
    .addColumn('recommendation_id', 'text', (c) =>
      c.notNull().references('recommendations.id').onDelete('cascade'),
    )
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    /** For a decision taken at a workshop: where, how (vote or consensus) and the count. */
    .addColumn('workshop_id', 'text')
    .addColumn('question_id', 'text')
    .addColumn('method', 'text')
    .addColumn('tally_json', 'text')
    .execute();
  await db.schema
    .createIndex('recommendation_transitions_recommendation')
    .on('recommendation_transitions')
    .column('recommendation_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('recommendation_transitions').execute();
  await db.schema.dropTable('recommendation_versions').execute();
  await db.schema.dropTable('recommendations').execute();
}
