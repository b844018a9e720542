import type { ArticleCoverage, ImportResult, LawDetail, LawSummary } from '../contract/laws.js';
import type { ErrorCode } from '../contract/errors.js';
import { listArticles } from '../core/model/index.js';
import { importLaw } from '../importers/import-law.js';
import {
  ImportError,
  type ImportErrorCode,
  type ImportedLaw,
  type ImportProgress,
} from '../importers/import-result.js';
import { appendAudit } from '../store/repos/audit.js';
import { deleteLaw, findLaw, insertLaw, listLaws, type LawRecord } from '../store/repos/laws.js';
import type { Actor } from './accounts.js';
import { AppError } from './app-error.js';
import { importWarnings, lawArticles } from './law-view.js';
import { requireProject } from './project-access.js';
import { findingTable } from './project-findings.js';
import { reanalyseProject } from './project-analysis.js';
import { announce, type Workspace } from './workspace.js';

const lawSummary = (law: LawRecord): LawSummary => ({
  id: law.id,
  title: law.title,
  fileName: law.fileName,
  format: law.format,
  language: law.language,
  articleCount: law.articleCount,
  warningCount: law.diagnosticCount,
  importedAt: law.createdAt,
  importedBy: { id: law.createdBy, name: law.createdByName },
});

const IMPORT_ERROR_STATUS: Partial<Record<ImportErrorCode, ErrorCode>> = {
  'file-too-large': 'payload_too_large',
  'unsupported-format': 'unsupported_media_type',
  'binary-content': 'unsupported_media_type',
};

async function parseUpload(
  upload: { readonly fileName: string; readonly bytes: Uint8Array },
  options: { readonly country: string; readonly onProgress?: (progress: ImportProgress) => void },
): Promise<ImportedLaw> {
  try {
    return await importLaw(upload.bytes, { fileName: upload.fileName, ...options });
  } catch (error) {
    if (error instanceof ImportError) {
      throw new AppError(IMPORT_ERROR_STATUS[error.code] ?? 'import_failed', error.message, {
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * Imports an uploaded law into a project and re-runs the analysis, in one transaction: a file
 * that cannot be read leaves the project exactly as it was.
 */
export async function importProjectLaw(
  workspace: Workspace,
  request: {
    readonly actor: Actor;
    readonly projectId: string;
    readonly upload: { readonly fileName: string; readonly bytes: Uint8Array };
    /** The browser's ID for this upload: OCR progress is announced under it when given. */
    readonly uploadId?: string | undefined;
  },
): Promise<ImportResult> {
  const { project } = await requireProject(workspace.store.db, {
    ...request,
    action: 'law.import',
  });
  const { uploadId } = request;
  const imported = await parseUpload(request.upload, {
    country: project.country.toLowerCase(),
    ...(uploadId === undefined
      ? {}
      : {
          onProgress: ({ done, total }: ImportProgress) =>
            void announce(workspace, {
              projectId: request.projectId,
              kind: 'import',
              objectId: uploadId,
              actor: request.actor,
              progress: { done, total },
            }),
        }),
  });
  const articleCount = listArticles(imported.document).length;
  if (articleCount === 0) {
    throw new AppError(
      'import_failed',
      `${request.upload.fileName}: no articles or sections were found; is this a law?`,
    );
  }
  const law = await workspace.store.transaction(async (tx) => {
    await requireProject(tx, { ...request, action: 'law.import' });
    const meta = imported.document.meta;
    const stored = await insertLaw(tx, {
      projectId: request.projectId,
      title: meta.title || meta.shortTitle || request.upload.fileName,
      fileName: request.upload.fileName,
      format: imported.format,
      language: meta.language,
      sizeBytes: request.upload.bytes.byteLength,
      document: imported.document,
      diagnostics: imported.diagnostics,
      articleCount,
      createdBy: request.actor.id,
    });
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'law.import',
      objectType: 'law',
      objectId: stored.id,
      after: { fileName: stored.fileName, format: stored.format, articles: articleCount },
    });
    await reanalyseProject(tx, { workspace, projectId: request.projectId, actor: request.actor });
    return stored;
  });
  await announce(workspace, {
    projectId: request.projectId,
    kind: 'law',
    objectId: law.id,
    actor: request.actor,
  });
  return { law: lawSummary(law), warnings: importWarnings(imported.diagnostics) };
}

export async function projectLaws(
  workspace: Workspace,
  request: { readonly actor: Actor; readonly projectId: string },
): Promise<LawSummary[]> {
  await requireProject(workspace.store.db, { ...request, action: 'project.read' });
  return (await listLaws(workspace.store.db, request.projectId)).map(lawSummary);
}

/** A law's text article by article, with the obligations each article is linked to. */
export async function lawDetail(
  workspace: Workspace,
  request: { readonly actor: Actor; readonly projectId: string; readonly lawId: string },
): Promise<LawDetail> {
  // The table checks that the actor may read the project.
  const table = await findingTable(workspace, { ...request, filter: {} });
  const law = await findLaw(workspace.store.db, request);
  if (law === undefined) throw new AppError('not_found', 'Law not found');
  const coverage = new Map<string, ArticleCoverage[]>();
  for (const row of table.findings) {
    for (const mapping of row.provisions) {
      if (mapping.lawId !== law.id || mapping.decision === 'rejected') continue;
      const list = coverage.get(mapping.eId) ?? [];
      list.push({ obligationId: row.obligationId, state: mapping.decision });
      coverage.set(mapping.eId, list);
    }
  }
  const meta = law.document.meta;
  return {
    ...lawSummary(law),
    meta: { country: meta.country, number: meta.number, date: meta.date, docType: meta.docType },
    preamble: [...law.document.preamble],
    articles: lawArticles(law.document, coverage),
    warnings: importWarnings(law.diagnostics),
  };
}

/** Removes a law and re-runs the analysis on the others, in one transaction. */
export async function removeProjectLaw(
  workspace: Workspace,
  request: { readonly actor: Actor; readonly projectId: string; readonly lawId: string },
): Promise<void> {
  await workspace.store.transaction(async (tx) => {
    await requireProject(tx, { ...request, action: 'law.delete' });
    const law = await findLaw(tx, request);
    if (law === undefined) throw new AppError('not_found', 'Law not found');
    await deleteLaw(tx, request);
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'law.delete',
      objectType: 'law',
      objectId: law.id,
      before: { fileName: law.fileName, title: law.title },
    });
    await reanalyseProject(tx, { workspace, projectId: request.projectId, actor: request.actor });
  });
  await announce(workspace, {
    projectId: request.projectId,
    kind: 'law',
    objectId: request.lawId,
    actor: request.actor,
  });
}
