import type { DraftDetail, DraftVersionSummary, SaveDraftVersionBody } from '../contract/drafts.js';
import { appendAudit } from '../store/repos/audit.js';
import { findDraftVersion, insertDraftVersion } from '../store/repos/draft-versions.js';
import { AppError } from './app-error.js';
import { allKeys, touchAll, writeDocument } from './draft-edits.js';
import {
  announceDraft,
  detailOf,
  draftCounts,
  loadDraft,
  versionSummary,
  type DraftRequest,
} from './draft-views.js';
import { requireProject } from './project-access.js';
import type { Workspace } from './workspace.js';

/** The audit log's ID of a version: the draft's ID and its number. */
const versionObject = (draftId: string, number: number): string => `${draftId}:v${number}`;

/** Saves the working copy as the draft's next numbered version. */
export async function saveDraftVersion(
  workspace: Workspace,
  request: DraftRequest & SaveDraftVersionBody,
): Promise<DraftVersionSummary> {
  const saved = await workspace.store.transaction(async (tx) => {
    await requireProject(tx, { ...request, action: 'draft.write' });
    const record = await loadDraft(tx, request);
    const version = await insertDraftVersion(tx, {
      draftId: record.id,
      name: request.name,
      note: request.note,
      revision: record.revision,
      document: record.document,
      articleCount: record.articleCount,
      createdById: request.actor.id,
    });
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'draft.version.save',
      objectType: 'draft_version',
      objectId: versionObject(record.id, version.number),
      after: {
        draftId: record.id,
        number: version.number,
        name: version.name,
        note: version.note,
        revision: version.revision,
        articleCount: version.articleCount,
      },
    });
    return versionSummary(version);
  });
  await announceDraft(workspace, request);
  return saved;
}

/**
 * Makes a saved version the working copy again, as one more revision: the copy it replaces
 * stays in the history (save it as a version first to come back to it by name). Keys are
 * never reused: the next key is the higher of the two copies'.
 */
export async function restoreDraftVersion(
  workspace: Workspace,
  request: DraftRequest & { readonly number: number },
): Promise<DraftDetail> {
  const detail = await workspace.store.transaction(async (tx) => {
    await requireProject(tx, { ...request, action: 'draft.write' });
    const record = await loadDraft(tx, request);
    const version = await findDraftVersion(tx, { draftId: record.id, number: request.number });
    if (version === undefined) {
      throw new AppError('not_found', `“${record.title}” has no version ${request.number}`);
    }
    const revision = record.revision + 1;
    const document = {
      ...touchAll(version.document, revision),
      nextKey: Math.max(version.document.nextKey, record.document.nextKey),
    };
    const written = await writeDocument(tx, request, {
      record,
      document,
      revision,
      keys: allKeys(document),
    });
    if (!written) {
      throw new AppError(
        'conflict',
        `Someone changed “${record.title}” while the version was being restored; try again`,
      );
    }
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'draft.version.restore',
      objectType: 'draft',
      objectId: record.id,
      before: { revision: record.revision, title: record.title, articleCount: record.articleCount },
      after: {
        revision,
        title: document.meta.title,
        articleCount: draftCounts(document).articleCount,
        restoredVersion: version.number,
        versionName: version.name,
      },
    });
    return detailOf(tx, await loadDraft(tx, request));
  });
  await announceDraft(workspace, request);
  return detail;
}
