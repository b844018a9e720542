import type { DraftComment } from '../contract/drafts.js';
import { findDraftNode } from '../core/drafting/index.js';
import { appendAudit } from '../store/repos/audit.js';
import {
  findComment,
  insertComment,
  listComments,
  setCommentResolved,
  type CommentRecord,
} from '../store/repos/comments.js';
import { DRAFT_ARTICLE_TARGET, type DraftRecord } from '../store/repos/drafts.js';
import { AppError } from './app-error.js';
import { announceDraft, articleTarget, loadDraft, type DraftRequest } from './draft-views.js';
import { requireProject } from './project-access.js';
import type { Workspace } from './workspace.js';

type ArticleRequest = DraftRequest & { readonly key: string };

function commentView(record: CommentRecord): DraftComment {
  const colon = record.targetId.lastIndexOf(':');
  return {
    id: record.id,
    key: record.targetId.slice(colon + 1),
    author: record.author,
    body: record.body,
    createdAt: record.createdAt,
    resolvedAt: record.resolvedAt,
    resolvedBy: record.resolvedBy,
  };
}

/** The article must be in the working copy to take a new comment. */
function requireArticle(record: DraftRecord, key: string): void {
  const node = findDraftNode(record.document, key);
  if (node?.kind !== 'article') {
    throw new AppError('not_found', `“${record.title}” has no article ${key}`);
  }
}

/** The comments on one article, oldest first, open and resolved. */
export async function listDraftComments(
  workspace: Workspace,
  request: ArticleRequest,
): Promise<{ comments: DraftComment[] }> {
  const db = workspace.store.db;
  await requireProject(db, { ...request, action: 'project.read' });
  const record = await loadDraft(db, request);
  const comments = await listComments(db, {
    projectId: request.projectId,
    targetType: DRAFT_ARTICLE_TARGET,
    targetId: articleTarget(record.id, request.key),
  });
  return { comments: comments.map(commentView) };
}

export async function addDraftComment(
  workspace: Workspace,
  request: ArticleRequest & { readonly body: string },
): Promise<DraftComment> {
  const comment = await workspace.store.transaction(async (tx) => {
    await requireProject(tx, { ...request, action: 'comment.write' });
    const record = await loadDraft(tx, request);
    requireArticle(record, request.key);
    const saved = await insertComment(tx, {
      projectId: request.projectId,
      targetType: DRAFT_ARTICLE_TARGET,
      targetId: articleTarget(record.id, request.key),
      authorId: request.actor.id,
      body: request.body,
    });
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'draft.comment',
      objectType: 'comment',
      objectId: saved.id,
      after: { draftId: record.id, key: request.key, body: saved.body },
    });
    return saved;
  });
  await announceDraft(workspace, request);
  return commentView(comment);
}

/** Marks a comment on one of the draft's articles resolved, or open again. */
export async function resolveDraftComment(
  workspace: Workspace,
  request: DraftRequest & { readonly commentId: string; readonly resolved: boolean },
): Promise<DraftComment> {
  const comment = await workspace.store.transaction(async (tx) => {
    await requireProject(tx, { ...request, action: 'comment.write' });
    const record = await loadDraft(tx, request);
    const found = await findComment(tx, request);
    if (
      found === undefined ||
      found.targetType !== DRAFT_ARTICLE_TARGET ||
      !found.targetId.startsWith(articleTarget(record.id, ''))
    ) {
      throw new AppError('not_found', 'No such comment on this draft');
    }
    const updated = await setCommentResolved(tx, {
      projectId: request.projectId,
      commentId: found.id,
      resolvedById: request.resolved ? request.actor.id : null,
    });
    if (updated === undefined) throw new AppError('not_found', 'No such comment on this draft');
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: request.resolved ? 'draft.comment.resolve' : 'draft.comment.reopen',
      objectType: 'comment',
      objectId: found.id,
      before: { resolvedAt: found.resolvedAt, resolvedBy: found.resolvedBy?.id ?? null },
      after: { resolvedAt: updated.resolvedAt, resolvedBy: updated.resolvedBy?.id ?? null },
    });
    return updated;
  });
  await announceDraft(workspace, request);
  return commentView(comment);
}
