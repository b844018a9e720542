import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { PersonRef } from './person-ref.js';
import { nowIso } from './now-iso.js';

/** A comment on something in a project (a finding, by obligation ID, for now). */
export interface CommentRecord {
  id: string;
  projectId: string;
  targetType: string;
  targetId: string;
  author: PersonRef;
  body: string;
  createdAt: string;
}

function selectComments(db: Kysely<Database>) {
  return db
    .selectFrom('comments')
    .innerJoin('users', 'users.id', 'comments.author_id')
    .selectAll('comments')
    .select('users.name as author_name');
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
