import type { Kysely } from 'kysely';

/**
 * What the concordance table shows of each finding, kept apart from the engine's full record
 * so the table is read without parsing every candidate and text. `{}` on rows written before
 * this column: readers fall back to the full record until the finding is written again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('findings')
    .addColumn('summary_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('findings').dropColumn('summary_json').execute();
}
