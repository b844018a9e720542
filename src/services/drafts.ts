import type { Kysely } from 'kysely';
import type {
  CreateDraftBody,
  DraftDetail,
  DraftList,
  UpdateDraftBody,
} from '../contract/drafts.js';
import { createBlankDraft, draftFromLaw, draftOutline } from '../core/drafting/index.js';
import type { DraftDocument } from '../core/drafting/draft-document.js';
import type { LegalDocument } from '../core/model/index.js';
import { appendAudit } from '../store/repos/audit.js';
import {
  deleteDraft as deleteDraftRow,
  insertDraft,
  listDrafts as listDraftRows,
  updateDraft as updateDraftRow,
  type DraftOriginValue,
} from '../store/repos/drafts.js';
import { findLaw } from '../store/repos/laws.js';
import type { ProjectRecord } from '../store/repos/projects.js';
import { listRecommendations } from '../store/repos/recommendations.js';
import type { Database } from '../store/schema.js';
import type { Actor } from './accounts.js';
import { AppError } from './app-error.js';
import { requireProject } from './project-access.js';
import { recommendationLabel } from './recommendation-views.js';
import {
  announceDraft,
  detailOf,
  draftCounts,
  draftSummary,
  loadDraft,
  type DraftRequest,
} from './draft-views.js';
import type { Workspace } from './workspace.js';

export { editDraft } from './draft-edits.js';
export { restoreDraftVersion, saveDraftVersion } from './draft-versions.js';
export { compareDraft } from './draft-compare.js';
export { draftCoverage } from './draft-coverage.js';
export { addDraftComment, listDraftComments, resolveDraftComment } from './draft-comments.js';
export { exportDraft } from './draft-export.js';

interface ProjectRequest {
  readonly actor: Actor;
  readonly projectId: string;
}

/** Recommendations an outline may be built from: those the workshop adopted. */
const ADOPTED: ReadonlySet<string> = new Set(['adopted', 'adopted_with_changes']);

/** The project's drafts, most recently changed first. */
export async function listDrafts(
  workspace: Workspace,
  request: ProjectRequest,
): Promise<DraftList> {
  const db = workspace.store.db;
  await requireProject(db, { ...request, action: 'project.read' });
  return { drafts: (await listDraftRows(db, request.projectId)).map(draftSummary) };
}

/** One draft's working copy, numbered, with its problems and versions. */
export async function getDraft(workspace: Workspace, request: DraftRequest): Promise<DraftDetail> {
  const db = workspace.store.db;
  await requireProject(db, { ...request, action: 'project.read' });
  return detailOf(db, await loadDraft(db, request));
}

/** A law of the project named by a field of the body; refused naming the field otherwise. */
async function requireLaw(
  tx: Kysely<Database>,
  request: { readonly projectId: string; readonly lawId: string; readonly field: string },
): Promise<{ id: string; title: string; document: LegalDocument }> {
  const { projectId, lawId, field } = request;
  const law = await findLaw(tx, { projectId, lawId });
  if (law === undefined) {
    throw new AppError('validation_failed', 'The law named is not a law of this project', {
      issues: [`${field}: not a law of this project`],
    });
  }
  return law;
}

/**
 * The outline's obligations: those of the chosen adopted recommendations (all adopted ones
 * by default), kept to the instruments asked for, in catalogue order.
 */
async function outlineInput(
  workspace: Workspace,
  tx: Kysely<Database>,
  request: ProjectRequest & { readonly input: CreateDraftBody },
): Promise<{
  obligationIds: string[];
  recommendations: { id: string; obligationIds: string[] }[];
}> {
  const { input } = request;
  const all = await listRecommendations(tx, request.projectId);
  let chosen = all.filter((recommendation) => ADOPTED.has(recommendation.status));
  if (input.recommendationIds !== undefined) {
    const byId = new Map(all.map((recommendation) => [recommendation.id, recommendation]));
    const issues: string[] = [];
    for (const id of input.recommendationIds) {
      const recommendation = byId.get(id);
      if (recommendation === undefined) {
        issues.push(`recommendationIds: ${id} is not a recommendation of this project`);
      } else if (!ADOPTED.has(recommendation.status)) {
        issues.push(
          `recommendationIds: ${recommendationLabel(recommendation.number)} is ${recommendation.status}, not adopted`,
        );
      }
    }
    if (issues.length > 0) {
      throw new AppError('validation_failed', 'An outline is built from adopted recommendations', {
        issues,
      });
    }
    const wanted = new Set(input.recommendationIds);
    chosen = chosen.filter((recommendation) => wanted.has(recommendation.id));
  }
  const instruments = input.instruments === undefined ? undefined : new Set(input.instruments);
  const catalogue = workspace.catalogue;
  const cited = new Set(chosen.flatMap((recommendation) => recommendation.obligationIds));
  const obligationIds = catalogue.catalogue.obligations
    .filter(
      (obligation) =>
        cited.has(obligation.id) &&
        (instruments === undefined || instruments.has(obligation.instrument)),
    )
    .map((obligation) => obligation.id);
  if (obligationIds.length === 0) {
    const scope = input.instruments === undefined ? '' : ` of ${[...input.instruments].join(', ')}`;
    throw new AppError(
      'bad_request',
      chosen.length === 0
        ? 'No adopted recommendation to build an outline from: adopt recommendations at the workshop first, or start from a blank draft or the law in force'
        : `The adopted recommendations chosen cite no obligation${scope} to cover`,
    );
  }
  return {
    obligationIds,
    recommendations: chosen.map((recommendation) => ({
      id: recommendation.id,
      obligationIds: recommendation.obligationIds.filter((id) => obligationIds.includes(id)),
    })),
  };
}

async function startingDocument(
  workspace: Workspace,
  tx: Kysely<Database>,
  request: ProjectRequest & { readonly input: CreateDraftBody; readonly project: ProjectRecord },
): Promise<{ document: DraftDocument; sourceLawId: string | null; language: 'fr' | 'en' }> {
  const { input, project } = request;
  const language = input.language ?? project.language;
  const country = project.country.toLowerCase();
  switch (input.origin) {
    case 'blank':
      return {
        document: createBlankDraft({ title: input.title, language, country }),
        sourceLawId: null,
        language,
      };
    case 'law': {
      const lawId = input.lawId ?? '';
      const law = await requireLaw(tx, { projectId: request.projectId, lawId, field: 'lawId' });
      const document = draftFromLaw(law.document, { title: input.title });
      return {
        document,
        sourceLawId: law.id,
        language: document.meta.language === 'en' ? 'en' : 'fr',
      };
    }
    case 'outline': {
      const outline = await outlineInput(workspace, tx, request);
      return {
        document: draftOutline({
          title: input.title,
          language,
          country,
          catalogue: workspace.catalogue.catalogue,
          ...outline,
        }),
        sourceLawId: null,
        language,
      };
    }
  }
}

/**
 * Starts a draft: blank, a copy of a law in force (which it replaces unless told otherwise),
 * or an outline of the adopted recommendations (one placeholder article per obligation).
 */
export async function createDraft(
  workspace: Workspace,
  request: ProjectRequest & { readonly input: CreateDraftBody },
): Promise<DraftDetail> {
  const { input } = request;
  const detail = await workspace.store.transaction(async (tx) => {
    const { project } = await requireProject(tx, { ...request, action: 'draft.write' });
    const start = await startingDocument(workspace, tx, { ...request, project });
    const replacesLawId =
      input.replacesLawId === undefined ? start.sourceLawId : input.replacesLawId;
    if (replacesLawId !== null && replacesLawId !== start.sourceLawId) {
      await requireLaw(tx, {
        projectId: request.projectId,
        lawId: replacesLawId,
        field: 'replacesLawId',
      });
    }
    const origin: DraftOriginValue = input.origin;
    const record = await insertDraft(tx, {
      projectId: request.projectId,
      title: start.document.meta.title,
      origin,
      language: start.language,
      sourceLawId: start.sourceLawId,
      replacesLawId,
      document: start.document,
      ...draftCounts(start.document),
      createdById: request.actor.id,
    });
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'draft.create',
      objectType: 'draft',
      objectId: record.id,
      after: {
        title: record.title,
        origin,
        sourceLawId: record.sourceLawId,
        replacesLawId: record.replacesLawId,
        articleCount: record.articleCount,
        placeholderCount: record.placeholderCount,
      },
    });
    return detailOf(tx, record);
  });
  await announceDraft(workspace, { ...request, draftId: detail.id });
  return detail;
}

/** Renames a draft or changes the law it replaces, from the revision last read. */
export async function updateDraft(
  workspace: Workspace,
  request: DraftRequest & { readonly changes: UpdateDraftBody },
): Promise<DraftDetail> {
  const { changes } = request;
  const detail = await workspace.store.transaction(async (tx) => {
    await requireProject(tx, { ...request, action: 'draft.write' });
    const record = await loadDraft(tx, request);
    const stale = new AppError(
      'conflict',
      `Someone changed “${record.title}” since you loaded it (revision ${record.revision}); reload and try again`,
    );
    if (changes.baseRevision !== record.revision) throw stale;
    if (changes.replacesLawId !== undefined && changes.replacesLawId !== null) {
      await requireLaw(tx, {
        projectId: request.projectId,
        lawId: changes.replacesLawId,
        field: 'replacesLawId',
      });
    }
    const title = changes.title ?? record.title;
    const document: DraftDocument = {
      ...record.document,
      meta: { ...record.document.meta, title },
    };
    const written = await updateDraftRow(tx, {
      projectId: request.projectId,
      draftId: record.id,
      expectedRevision: record.revision,
      revision: record.revision + 1,
      changes: {
        title,
        document,
        ...(changes.replacesLawId === undefined ? {} : { replacesLawId: changes.replacesLawId }),
      },
      updatedById: request.actor.id,
    });
    if (!written) throw stale;
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'draft.update',
      objectType: 'draft',
      objectId: record.id,
      before: { title: record.title, replacesLawId: record.replacesLawId },
      after: {
        title,
        replacesLawId:
          changes.replacesLawId === undefined ? record.replacesLawId : changes.replacesLawId,
      },
    });
    return detailOf(tx, await loadDraft(tx, request));
  });
  await announceDraft(workspace, request);
  return detail;
}

/** Deletes a draft with its versions and the comments on its articles. */
export async function deleteDraft(
  workspace: Workspace,
  request: DraftRequest,
): Promise<{ ok: true }> {
  await workspace.store.transaction(async (tx) => {
    await requireProject(tx, { ...request, action: 'draft.write' });
    const record = await loadDraft(tx, request);
    await deleteDraftRow(tx, request);
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'draft.delete',
      objectType: 'draft',
      objectId: record.id,
      before: {
        title: record.title,
        origin: record.origin,
        replacesLawId: record.replacesLawId,
        revision: record.revision,
        articleCount: record.articleCount,
        versionCount: record.versionCount,
      },
    });
  });
  await announceDraft(workspace, request);
  return { ok: true };
}
