import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { PersonRef } from './person-ref.js';
import { toPersonRef } from './person-ref.js';
import { nowIso } from './now-iso.js';

/**
 * A comment on something in a project: a finding (target ID: the obligation ID), a
 * recommendation (its ID), an article of a draft (`draft_article`, `${draftId}:${key}`).
 */
export interface CommentRecord {
  id: string;
  projectId: string;
  targetType: string;
  targetId: string;
  author: PersonRef;
  body: string;
  createdAt: string;
  /** Marked resolved (comments on draft articles): when and by whom; null while open. */
  resolvedAt: string | null;
  resolvedBy: PersonRef | null;
}

function selectComments(db: Kysely<Database>) {
  return db
    .selectFrom('comments')
    .innerJoin('users', 'users.id', 'comments.author_id')
    .leftJoin('users as resolver', 'resolver.id', 'comments.resolved_by')
    .selectAll('comments')
    .select(['users.name as author_name', 'resolver.name as resolver_name']);
}

type CommentRow = Awaited<ReturnType<ReturnType<typeof selectComments>['executeTakeFirstOrThrow']>>;

function toCommentRecord(row: CommentRow): CommentRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    targetType: row.target_type,
    targetId: row.target_id,
    author: { id: row.author_id, name: row.author_name },
    body: row.body,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    resolvedBy: toPersonRef(row.resolved_by, row.resolver_name),
  };
}

/** Adds a comment; returns it with its author's name. */
export async function insertComment(
  db: Kysely<Database>,
  input: {
    projectId: string;
    targetType: string;
    targetId: string;
    authorId: string;
    body: string;
  },
): Promise<CommentRecord> {
  const id = randomUUID();
  await db
    .insertInto('comments')
    .values({
      id,
      project_id: input.projectId,
      target_type: input.targetType,
      target_id: input.targetId,
      author_id: input.authorId,
      body: input.body,
      created_at: nowIso(),
    })
    .execute();
  return toCommentRecord(
    await selectComments(db).where('comments.id', '=', id).executeTakeFirstOrThrow(),
  );
}

/** The comments on one target, oldest first. */
export async function listComments(
  db: Kysely<Database>,
  input: { projectId: string; targetType: string; targetId: string },
): Promise<CommentRecord[]> {
  const rows = await selectComments(db)
    .where('comments.project_id', '=', input.projectId)
    .where('comments.target_type', '=', input.targetType)
    .where('comments.target_id', '=', input.targetId)
    .orderBy('comments.created_at')
    .orderBy('comments.id')
    .execute();
  return rows.map(toCommentRecord);
}

/** One comment of a project; undefined when there is none with this ID there. */
export async function findComment(
  db: Kysely<Database>,
  input: { projectId: string; commentId: string },
): Promise<CommentRecord | undefined> {
  const row = await selectComments(db)
    .where('comments.project_id', '=', input.projectId)
    .where('comments.id', '=', input.commentId)
    .executeTakeFirst();
  return row && toCommentRecord(row);
}

/** Marks a comment resolved by `resolvedById` now, or open again (null); returns it as it is. */
export async function setCommentResolved(
  db: Kysely<Database>,
  input: { projectId: string; commentId: string; resolvedById: string | null },
): Promise<CommentRecord | undefined> {
  await db
    .updateTable('comments')
    .set({
      resolved_at: input.resolvedById === null ? null : nowIso(),
      resolved_by: input.resolvedById,
    })
    .where('project_id', '=', input.projectId)
    .where('id', '=', input.commentId)
    .execute();
  return findComment(db, input);
}

/**
 * How many comments are still open on each target of a type whose ID starts with `prefix`
 * (the articles of one draft: `${draftId}:`); targets without open comments are absent.
 */
export async function countOpenComments(
  db: Kysely<Database>,
  input: { projectId: string; targetType: string; targetIdPrefix: string },
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('comments')
    .select(['target_id', (eb) => eb.fn.countAll<number | string | bigint>().as('open')])
    .where('project_id', '=', input.projectId)
    .where('target_type', '=', input.targetType)
    .where('resolved_at', 'is', null)
    .where((eb) =>
      eb(
        eb.fn('substr', ['target_id', eb.val(1), eb.val(input.targetIdPrefix.length)]),
        '=',
        input.targetIdPrefix,
      ),
    )
    .groupBy('target_id')
    .execute();
  return new Map(rows.map((row) => [row.target_id, Number(row.open)]));
}

/** Deletes every comment of a type whose target ID starts with `prefix` (a draft's articles). */
export async function deleteCommentsByTargetPrefix(
  db: Kysely<Database>,
  input: { projectId: string; targetType: string; targetIdPrefix: string },
): Promise<void> {
  await db
    .deleteFrom('comments')
    .where('project_id', '=', input.projectId)
    .where('target_type', '=', input.targetType)
    .where((eb) =>
      eb(
        eb.fn('substr', ['target_id', eb.val(1), eb.val(input.targetIdPrefix.length)]),
        '=',
        input.targetIdPrefix,
      ),
    )
    .execute();
}
