import type { ExportDraftQuery } from '../contract/drafts.js';
import { draftToLegalDocument } from '../core/drafting/index.js';
import { draftToAkomaNtoso } from '../reporters/draft-akn.js';
import { lawToDocx } from '../reporters/law-docx.js';
import { findDraftVersion } from '../store/repos/draft-versions.js';
import { AppError } from './app-error.js';
import { loadDraft, type DraftRequest } from './draft-views.js';
import { requireProject } from './project-access.js';
import type { Workspace } from './workspace.js';

/** A file name from the draft's title: `projet-de-loi-relative-a-la-traite`, then the side. */
export function draftFileName(title: string, side: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return side === 'current' ? slug || 'draft' : `${slug || 'draft'}-${side}`;
}

/**
 * The draft (working copy or a saved version) as a file: Word, as ministries circulate it,
 * or an Akoma Ntoso `bill`. Placeholder articles are kept, marked as still to be drafted.
 */
export async function exportDraft(
  workspace: Workspace,
  request: DraftRequest & ExportDraftQuery,
): Promise<{ fileName: string; contentType: string; bytes: Uint8Array }> {
  const db = workspace.store.db;
  await requireProject(db, { ...request, action: 'project.read' });
  const record = await loadDraft(db, request);
  let document = record.document;
  let subtitle: string | undefined;
  /** The expression date of the file: the version's day, or the working copy's last change. */
  let date = record.updatedAt.slice(0, 10);
  if (request.side !== 'current') {
    const number = Number(request.side.slice(1));
    const version = await findDraftVersion(db, { draftId: record.id, number });
    if (version === undefined) {
      throw new AppError('not_found', `“${record.title}” has no version ${number}`);
    }
    document = version.document;
    date = version.createdAt.slice(0, 10);
    subtitle = `Version ${number} — ${version.name}`;
  }
  const legal = draftToLegalDocument(document, { placeholders: 'keep' }).document;
  const name = draftFileName(document.meta.title || record.title, request.side);
  if (request.format === 'docx') {
    return {
      fileName: `${name}.docx`,
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes: await lawToDocx(legal, {
        language: record.language,
        ...(subtitle === undefined ? {} : { subtitle }),
      }),
    };
  }
  return {
    fileName: `${name}.xml`,
    contentType: 'application/akn+xml; charset=utf-8',
    bytes: new TextEncoder().encode(draftToAkomaNtoso(legal, { date })),
  };
}
