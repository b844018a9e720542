import type { Kysely } from 'kysely';
import type {
  DraftDetail,
  DraftNodeView,
  EditDraftBody,
  EditDraftResult,
} from '../contract/drafts.js';
import {
  applyDraftEdit,
  numberDraft,
  renderArticleBody,
  type DraftNumbers,
} from '../core/drafting/index.js';
import type { DraftDocument, DraftEdit, DraftNode } from '../core/drafting/draft-document.js';
import { wordDiff } from '../core/recommendations/word-diff.js';
import { appendAudit } from '../store/repos/audit.js';
import { findNodeChange, recordNodeChanges } from '../store/repos/draft-node-changes.js';
import { updateDraft, type DraftRecord } from '../store/repos/drafts.js';
import { listRecommendations } from '../store/repos/recommendations.js';
import type { Database } from '../store/schema.js';
import { AppError } from './app-error.js';
import { requireProject } from './project-access.js';
import {
  announceDraft,
  detailOf,
  draftCounts,
  loadDraft,
  type DraftRequest,
} from './draft-views.js';
import type { Workspace } from './workspace.js';

/**
 * How many times an edit is applied again on a fresher working copy when another edit was
 * written between reading and writing (PostgreSQL, concurrent writers). Edits of other units
 * merge, so a retry nearly always lands; SQLite writers take turns and never retry.
 */
const ATTEMPTS = 5;

/** Refuses links to recommendations outside the project or obligations outside the catalogue. */
async function checkLinks(
  workspace: Workspace,
  tx: Kysely<Database>,
  request: { readonly projectId: string; readonly edit: DraftEdit },
): Promise<void> {
  const { projectId, edit } = request;
  if (edit.op !== 'link') return;
  const issues: string[] = [];
  for (const id of edit.obligationIds) {
    if (!workspace.catalogue.byId.has(id))
      issues.push(`obligationIds: ${id} is not in the catalogue`);
  }
  if (edit.recommendationIds.length > 0) {
    const known = new Set((await listRecommendations(tx, projectId)).map((item) => item.id));
    for (const id of edit.recommendationIds) {
      if (!known.has(id))
        issues.push(`recommendationIds: ${id} is not a recommendation of this project`);
    }
  }
  if (issues.length > 0) {
    throw new AppError('validation_failed', 'Some links of the article are wrong', { issues });
  }
}

/** A unit as the audit log keeps it: its label and words, not its whole subtree. */
interface AuditUnit {
  key: string;
  kind: string;
  label: string;
  heading: string;
  body?: string;
  recommendationIds?: readonly string[];
  obligationIds?: readonly string[];
  note?: string;
}

/** At most this many units per audit entry (a long paste adds hundreds). */
const AUDIT_UNITS = 40;

/** The articles and divisions `keys` touch (an item's article stands for it), as the log keeps them. */
function auditUnits(
  document: DraftDocument,
  keys: readonly string[],
): { units: AuditUnit[]; more: number } {
  const numbers = numberDraft(document);
  const owner = new Map<string, DraftNode>();
  const visit = (nodes: readonly DraftNode[], article: DraftNode | undefined): void => {
    for (const node of nodes) {
      const unit = node.kind === 'article' ? node : article;
      owner.set(node.key, unit ?? node);
      visit(node.children, unit);
    }
  };
  visit(document.body, undefined);
  const seen = new Set<string>();
  const units: AuditUnit[] = [];
  for (const key of keys) {
    const node = owner.get(key);
    if (node === undefined || seen.has(node.key)) continue;
    seen.add(node.key);
    units.push(auditUnit(document, node, numbers));
  }
  return { units: units.slice(0, AUDIT_UNITS), more: Math.max(0, units.length - AUDIT_UNITS) };
}

function auditUnit(document: DraftDocument, node: DraftNode, numbers: DraftNumbers): AuditUnit {
  const label = numbers.get(node.key)?.label ?? '';
  if (node.kind !== 'article')
    return { key: node.key, kind: node.kind, label, heading: node.heading };
  return {
    key: node.key,
    kind: node.kind,
    label,
    heading: node.heading,
    body: renderArticleBody(document, node.key, numbers),
    recommendationIds: node.recommendationIds,
    obligationIds: node.obligationIds,
    note: node.note,
  };
}

function metaOf(document: DraftDocument): Record<string, unknown> {
  return {
    title: document.meta.title,
    shortTitle: document.meta.shortTitle,
    preamble: document.preamble,
    conclusions: document.conclusions,
  };
}

function findView(nodes: readonly DraftNodeView[], key: string): DraftNodeView | null {
  for (const node of nodes) {
    if (node.key === key) return node;
    const found = findView(node.children, key);
    if (found !== null) return found;
  }
  return null;
}

/** What the drafter sent for a unit, to set against theirs. */
function mineOf(edit: DraftEdit, theirs: DraftNodeView | null): string {
  const current = theirs === null ? '' : theirs.kind === 'article' ? theirs.body : theirs.heading;
  switch (edit.op) {
    case 'update':
      if (theirs?.kind === 'article') return edit.body ?? current;
      return edit.heading ?? current;
    case 'delete':
      return '';
    default:
      return current;
  }
}

type Attempt =
  | { readonly status: 'applied'; readonly result: EditDraftResult }
  | { readonly status: 'conflict'; readonly result: EditDraftResult }
  | { readonly status: 'raced' };

async function attempt(
  tx: Kysely<Database>,
  request: DraftRequest & EditDraftBody,
  record: DraftRecord,
): Promise<Attempt> {
  const { baseRevision, edit } = request;
  if (baseRevision > record.revision) {
    throw new AppError(
      'bad_request',
      `baseRevision ${baseRevision} is ahead of the draft (revision ${record.revision}); reload it`,
    );
  }
  const revision = record.revision + 1;
  const outcome = applyDraftEdit(record.document, edit, { baseRevision, revision });
  if (outcome.status === 'invalid') throw new AppError('bad_request', outcome.message);
  if (outcome.status === 'conflict') {
    const draft = await detailOf(tx, record);
    const theirs = findView(draft.body, outcome.key);
    const change = await findNodeChange(tx, { draftId: record.id, key: outcome.key });
    const theirText =
      theirs === null ? '' : theirs.kind === 'article' ? theirs.body : theirs.heading;
    return {
      status: 'conflict',
      result: {
        status: 'conflict',
        revision: record.revision,
        key: outcome.key,
        theirs,
        changedBy: change?.changedBy ?? null,
        changedAt: change?.changedAt ?? null,
        diff: wordDiff(theirText, mineOf(edit, theirs)),
        draft,
      },
    };
  }
  const { document, changed } = outcome;
  const written = await writeDocument(tx, request, { record, document, revision, keys: changed });
  if (!written) return { status: 'raced' };
  const before =
    edit.op === 'meta' ? metaOf(record.document) : auditUnits(record.document, changed);
  const after = edit.op === 'meta' ? metaOf(document) : auditUnits(document, changed);
  await appendAudit(tx, {
    projectId: request.projectId,
    actorId: request.actor.id,
    action: 'draft.edit',
    objectType: 'draft',
    objectId: record.id,
    before: { revision: record.revision, ...before },
    after: { revision, op: edit.op, ...after },
  });
  const draft: DraftDetail = await detailOf(tx, await loadDraft(tx, request));
  return {
    status: 'applied',
    result: { status: 'applied', revision, changed: [...changed], draft },
  };
}

/**
 * Applies one edit to the working copy in one transaction. Edits made by others since
 * `baseRevision` to other units are kept (the edit is applied to the current copy); an edit
 * of a unit someone else changed since then stores nothing and answers `conflict`, with
 * their version, who made it and when, and their wording against the one sent.
 */
export async function editDraft(
  workspace: Workspace,
  request: DraftRequest & EditDraftBody,
): Promise<EditDraftResult> {
  const result = await workspace.store.transaction(async (tx) => {
    await requireProject(tx, { ...request, action: 'draft.write' });
    await checkLinks(workspace, tx, request);
    for (let round = 1; round <= ATTEMPTS; round += 1) {
      const record = await loadDraft(tx, request);
      const tried = await attempt(tx, request, record);
      if (tried.status !== 'raced') return tried.result;
    }
    throw new AppError(
      'conflict',
      'The draft is being changed by several people at this very moment; send the edit again',
    );
  });
  if (result.status === 'applied') {
    await announceDraft(workspace, request);
  }
  return result;
}

/**
 * Writes a new working copy over the revision it was made from, with its title and counts,
 * and marks `keys` changed at the new revision. False, and nothing written, when someone
 * else wrote the draft first.
 */
export async function writeDocument(
  tx: Kysely<Database>,
  request: DraftRequest,
  next: {
    /** The working copy the new one was made from. */
    readonly record: DraftRecord;
    readonly document: DraftDocument;
    readonly revision: number;
    readonly keys: readonly string[];
  },
): Promise<boolean> {
  const { record, document, revision, keys } = next;
  const written = await updateDraft(tx, {
    projectId: request.projectId,
    draftId: record.id,
    expectedRevision: record.revision,
    revision,
    changes: { document, title: document.meta.title, ...draftCounts(document) },
    updatedById: request.actor.id,
  });
  if (!written) return false;
  await recordNodeChanges(tx, {
    draftId: record.id,
    keys,
    revision,
    changedById: request.actor.id,
  });
  return true;
}

/**
 * The same document with every unit marked changed at `revision`: a restored version
 * replaces the whole text, so an editor still holding the previous copy gets a conflict on
 * whatever they touch instead of writing over the restored words.
 */
export function touchAll(document: DraftDocument, revision: number): DraftDocument {
  const touch = (node: DraftNode): DraftNode => ({
    ...node,
    rev: revision,
    children: node.children.map(touch),
  });
  return { ...document, body: document.body.map(touch) };
}

/** Every key of a document, depth first. */
export function allKeys(document: DraftDocument): string[] {
  const keys: string[] = [];
  const visit = (nodes: readonly DraftNode[]): void => {
    for (const node of nodes) {
      keys.push(node.key);
      visit(node.children);
    }
  };
  visit(document.body);
  return keys;
}
