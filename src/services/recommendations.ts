import type { Kysely } from 'kysely';
import type { Comment } from '../contract/findings.js';
import type {
  CreateRecommendationBody,
  RecommendationDetail,
  RecommendationDiff,
  RecommendationList,
  RecommendationsQuery,
  UpdateRecommendationBody,
} from '../contract/recommendations.js';
import { canAmend } from '../core/recommendations/lifecycle.js';
import { wordDiff } from '../core/recommendations/word-diff.js';
import { appendAudit } from '../store/repos/audit.js';
import { insertComment } from '../store/repos/comments.js';
import { listFindingSummaries } from '../store/repos/findings.js';
import { findLaw } from '../store/repos/laws.js';
import {
  deleteRecommendation as deleteRecommendationRow,
  insertRecommendation,
  insertRecommendationVersion,
  listRecommendationContributions,
  listRecommendationVersions,
  listRecommendations as listRecommendationRows,
  updateRecommendation as updateRecommendationRow,
  type RecommendationChanges,
} from '../store/repos/recommendations.js';
import type { Database } from '../store/schema.js';
import type { Actor } from './accounts.js';
import { AppError } from './app-error.js';
import { requireProject } from './project-access.js';
import {
  auditState,
  changeAndAnnounce,
  checkVersion,
  detailOf,
  loadRecommendation,
  stale,
  type ProjectRequest,
  type RecommendationRequest,
} from './recommendation-changes.js';
import { recommendationLabel, recommendationSummary } from './recommendation-views.js';
import { announce, type Workspace } from './workspace.js';

export { decideRecommendation, proposeRecommendation } from './recommendation-moves.js';

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/**
 * Checks the links and target of a recommendation: obligations of the catalogue, findings of
 * the project, a law of the project, a theme of the catalogue. Refuses with one issue per
 * wrong value.
 */
async function checkLinks(
  workspace: Workspace,
  tx: Kysely<Database>,
  input: {
    readonly projectId: string;
    readonly findingIds: readonly string[];
    readonly obligationIds: readonly string[];
    readonly targetLawId: string | null;
    readonly theme: string | undefined;
  },
): Promise<void> {
  const issues: string[] = [];
  const catalogue = workspace.catalogue;
  for (const id of input.obligationIds) {
    if (!catalogue.byId.has(id)) issues.push(`obligationIds: ${id} is not in the catalogue`);
  }
  if (input.findingIds.length > 0) {
    const findings = new Set(
      (await listFindingSummaries(tx, input.projectId)).map((finding) => finding.obligationId),
    );
    for (const id of input.findingIds) {
      if (!findings.has(id)) issues.push(`findingIds: the project has no finding on ${id}`);
    }
  }
  if (input.targetLawId !== null) {
    const law = await findLaw(tx, { projectId: input.projectId, lawId: input.targetLawId });
    if (law === undefined) issues.push('targetLawId: not a law of this project');
  }
  if (input.theme !== undefined && input.theme !== '') {
    const themes = new Set<string>(
      catalogue.catalogue.obligations.map((obligation) => obligation.theme),
    );
    if (!themes.has(input.theme)) {
      issues.push(`theme: ${input.theme} is not a theme of the catalogue`);
    }
  }
  if (issues.length > 0) {
    throw new AppError('validation_failed', 'Some links of the recommendation are wrong', {
      issues,
    });
  }
}

/** The project's recommendations, by number, filtered. */
export async function listRecommendations(
  workspace: Workspace,
  request: ProjectRequest & { readonly filter?: RecommendationsQuery },
): Promise<RecommendationList> {
  const db = workspace.store.db;
  await requireProject(db, { ...request, action: 'project.read' });
  const records = await listRecommendationRows(db, request.projectId, request.filter ?? {});
  return { recommendations: records.map(recommendationSummary) };
}

/** One recommendation with its history, links, comments and workshop contributions. */
export async function getRecommendation(
  workspace: Workspace,
  request: RecommendationRequest,
): Promise<RecommendationDetail> {
  const db = workspace.store.db;
  await requireProject(db, { ...request, action: 'project.read' });
  return detailOf(workspace, db, await loadRecommendation(db, request));
}

/** Writes a recommendation in draft, numbered next in the project, with version 1 of its wording. */
export function createRecommendation(
  workspace: Workspace,
  request: ProjectRequest & { readonly input: CreateRecommendationBody },
): Promise<RecommendationDetail> {
  const { input } = request;
  return changeAndAnnounce(workspace, request, async (tx) => {
    await requireProject(tx, { ...request, action: 'recommendation.write' });
    const obligationIds = unique([...input.findingIds, ...input.obligationIds]);
    const findingIds = unique(input.findingIds);
    await checkLinks(workspace, tx, {
      projectId: request.projectId,
      findingIds,
      obligationIds,
      targetLawId: input.targetLawId,
      theme: input.theme,
    });
    const firstTheme = obligationIds
      .map((id) => workspace.catalogue.byId.get(id)?.theme)
      .find((theme) => theme !== undefined);
    const record = await insertRecommendation(tx, {
      projectId: request.projectId,
      title: input.title,
      type: input.type,
      priority: input.priority,
      status: 'draft',
      theme: input.theme ?? firstTheme ?? '',
      targetLawId: input.targetLawId,
      targetText: input.targetText,
      targetArticle: input.targetArticle,
      wording: input.wording,
      rationale: input.rationale,
      findingIds,
      obligationIds,
      createdById: request.actor.id,
      versionNote: '',
    });
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'recommendation.create',
      objectType: 'recommendation',
      objectId: record.id,
      after: { ...auditState(record), wording: record.wording },
    });
    return { id: record.id, detail: await detailOf(workspace, tx, record) };
  });
}

/** Changes the title, type, priority, theme, target, rationale or links; not the wording. */
export function updateRecommendation(
  workspace: Workspace,
  request: RecommendationRequest & { readonly changes: UpdateRecommendationBody },
): Promise<RecommendationDetail> {
  const { version, ...changes } = request.changes;
  return changeAndAnnounce(workspace, request, async (tx) => {
    await requireProject(tx, { ...request, action: 'recommendation.write' });
    const record = await loadRecommendation(tx, request);
    checkVersion(record, version);
    const findingIds = unique(changes.findingIds ?? record.findingIds);
    const obligationIds = unique([
      ...findingIds,
      ...(changes.obligationIds ?? record.obligationIds),
    ]);
    await checkLinks(workspace, tx, {
      projectId: request.projectId,
      findingIds: changes.findingIds === undefined ? [] : findingIds,
      obligationIds: changes.obligationIds === undefined ? [] : obligationIds,
      targetLawId: changes.targetLawId ?? null,
      theme: changes.theme,
    });
    const write: RecommendationChanges = { ...changes, findingIds, obligationIds };
    const updated = await updateRecommendationRow(tx, {
      projectId: request.projectId,
      recommendationId: record.id,
      changes: write,
      updatedById: request.actor.id,
      expectedVersion: record.version,
    });
    if (updated === undefined || updated === 'conflict') throw stale(record);
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'recommendation.update',
      objectType: 'recommendation',
      objectId: record.id,
      before: auditState(record),
      after: auditState(updated),
    });
    return { id: record.id, detail: await detailOf(workspace, tx, updated) };
  });
}

/**
 * A new version of the wording, with a note on what changed. Refused once decided, until the
 * decision is re-opened. With `contributionId` the chair takes up a participant's amendment
 * (needs `recommendation.decide`); otherwise a writer amends (`recommendation.write`).
 * `version` omitted: no optimistic check (the chair during the live session).
 */
export function amendRecommendation(
  workspace: Workspace,
  request: {
    actor: Actor;
    projectId: string;
    recommendationId: string;
    wording: string;
    note: string;
    version?: number;
    contributionId?: string;
  },
): Promise<RecommendationDetail> {
  const contributionId = request.contributionId;
  return changeAndAnnounce(workspace, request, async (tx) => {
    await requireProject(tx, {
      ...request,
      action: contributionId === undefined ? 'recommendation.write' : 'recommendation.decide',
    });
    const record = await loadRecommendation(tx, request);
    checkVersion(record, request.version);
    if (!canAmend(record.status)) {
      throw new AppError(
        'conflict',
        `${recommendationLabel(record.number)} is decided (${record.status}); re-open it to change its wording`,
      );
    }
    if (contributionId !== undefined) {
      const contributions = await listRecommendationContributions(tx, record.id);
      if (!contributions.some((contribution) => contribution.id === contributionId)) {
        throw new AppError('not_found', 'No such contribution on this recommendation');
      }
    }
    if (request.wording.trim() === record.wording.trim()) {
      throw new AppError('validation_failed', 'The wording is unchanged', {
        issues: ['wording: same as the current version'],
      });
    }
    const number = record.wordingVersion + 1;
    await insertRecommendationVersion(tx, {
      recommendationId: record.id,
      number,
      wording: request.wording,
      note: request.note,
      authorId: request.actor.id,
      contributionId: contributionId ?? null,
    });
    const updated = await updateRecommendationRow(tx, {
      projectId: request.projectId,
      recommendationId: record.id,
      changes: { wording: request.wording, wordingVersion: number },
      updatedById: request.actor.id,
      expectedVersion: record.version,
    });
    if (updated === undefined || updated === 'conflict') throw stale(record);
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'recommendation.amend',
      objectType: 'recommendation',
      objectId: record.id,
      before: { wordingVersion: record.wordingVersion, wording: record.wording },
      after: {
        wordingVersion: number,
        wording: request.wording,
        note: request.note,
        contributionId: contributionId ?? null,
      },
    });
    return { id: record.id, detail: await detailOf(workspace, tx, updated) };
  });
}

/** Deletes a recommendation still in draft (a proposed one is on its way to the workshop). */
export async function deleteRecommendation(
  workspace: Workspace,
  request: RecommendationRequest,
): Promise<{ ok: true }> {
  await workspace.store.transaction(async (tx) => {
    await requireProject(tx, { ...request, action: 'recommendation.write' });
    const record = await loadRecommendation(tx, request);
    if (record.status !== 'draft') {
      throw new AppError(
        'conflict',
        `${recommendationLabel(record.number)} is ${record.status}; only a draft can be deleted`,
      );
    }
    await deleteRecommendationRow(tx, request.projectId, record.id);
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'recommendation.delete',
      objectType: 'recommendation',
      objectId: record.id,
      before: { ...auditState(record), wording: record.wording },
    });
  });
  await announce(workspace, {
    projectId: request.projectId,
    kind: 'recommendation',
    objectId: request.recommendationId,
    actor: request.actor,
  });
  return { ok: true };
}

export async function commentOnRecommendation(
  workspace: Workspace,
  request: RecommendationRequest & { readonly body: string },
): Promise<Comment> {
  const comment = await workspace.store.transaction(async (tx) => {
    await requireProject(tx, { ...request, action: 'comment.write' });
    const record = await loadRecommendation(tx, request);
    const saved = await insertComment(tx, {
      projectId: request.projectId,
      targetType: 'recommendation',
      targetId: record.id,
      authorId: request.actor.id,
      body: request.body,
    });
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'recommendation.comment',
      objectType: 'recommendation',
      objectId: record.id,
      after: { commentId: saved.id, body: saved.body },
    });
    return saved;
  });
  await announce(workspace, {
    projectId: request.projectId,
    kind: 'recommendation',
    objectId: request.recommendationId,
    actor: request.actor,
  });
  return {
    id: comment.id,
    author: comment.author,
    body: comment.body,
    createdAt: comment.createdAt,
  };
}

/** Word-level differences between two versions of the wording (any order). */
export async function recommendationDiff(
  workspace: Workspace,
  request: RecommendationRequest & { readonly from: number; readonly to: number },
): Promise<RecommendationDiff> {
  const db = workspace.store.db;
  await requireProject(db, { ...request, action: 'project.read' });
  const record = await loadRecommendation(db, request);
  const versions = await listRecommendationVersions(db, record.id);
  const wordingOf = (number: number): string => {
    const version = versions.find((item) => item.number === number);
    if (version === undefined) {
      throw new AppError(
        'not_found',
        `${recommendationLabel(record.number)} has no version ${number} (it has 1 to ${record.wordingVersion})`,
      );
    }
    return version.wording;
  };
  return {
    from: request.from,
    to: request.to,
    segments: wordDiff(wordingOf(request.from), wordingOf(request.to)),
  };
}
