import type { Kysely } from 'kysely';
import type { RecommendationDetail } from '../contract/recommendations.js';
import { listComments } from '../store/repos/comments.js';
import { listFindingSummaries } from '../store/repos/findings.js';
import { findLaw } from '../store/repos/laws.js';
import {
  findRecommendation,
  listRecommendationContributions,
  listRecommendationTransitions,
  listRecommendationVersions,
  type RecommendationRecord,
} from '../store/repos/recommendations.js';
import type { Database } from '../store/schema.js';
import type { Actor } from './accounts.js';
import { AppError } from './app-error.js';
import { recommendationDetail, recommendationLabel } from './recommendation-views.js';
import { announce, type Workspace } from './workspace.js';

/* What every change to a recommendation shares: loading, version checks, audit state, the page. */

export interface ProjectRequest {
  readonly actor: Actor;
  readonly projectId: string;
}

export interface RecommendationRequest extends ProjectRequest {
  readonly recommendationId: string;
}

export async function loadRecommendation(
  db: Kysely<Database>,
  request: RecommendationRequest,
): Promise<RecommendationRecord> {
  const record = await findRecommendation(db, request.projectId, request.recommendationId);
  if (record === undefined) throw new AppError('not_found', 'Recommendation not found');
  return record;
}

export function checkVersion(record: RecommendationRecord, version: number | undefined): void {
  if (version !== undefined && version !== record.version) throw stale(record);
}

export const stale = (record: RecommendationRecord): AppError =>
  new AppError(
    'conflict',
    `Someone changed ${recommendationLabel(record.number)} since you loaded it; reload and try again`,
  );

/** What the audit log records of a recommendation's state. */
export const auditState = (record: RecommendationRecord): Record<string, unknown> => ({
  label: recommendationLabel(record.number),
  title: record.title,
  type: record.type,
  priority: record.priority,
  status: record.status,
  theme: record.theme,
  targetLawId: record.targetLawId,
  targetText: record.targetText,
  targetArticle: record.targetArticle,
  wordingVersion: record.wordingVersion,
  rationale: record.rationale,
  findingIds: record.findingIds,
  obligationIds: record.obligationIds,
});

/** The page of one recommendation, read with `db` (inside the writer's transaction after a change). */
export async function detailOf(
  workspace: Workspace,
  db: Kysely<Database>,
  record: RecommendationRecord,
): Promise<RecommendationDetail> {
  const [versions, transitions, comments, contributions, findings, law] = await Promise.all([
    listRecommendationVersions(db, record.id),
    listRecommendationTransitions(db, record.id),
    listComments(db, {
      projectId: record.projectId,
      targetType: 'recommendation',
      targetId: record.id,
    }),
    listRecommendationContributions(db, record.id),
    record.findingIds.length === 0 ? [] : listFindingSummaries(db, record.projectId),
    record.targetLawId === null
      ? undefined
      : findLaw(db, { projectId: record.projectId, lawId: record.targetLawId }),
  ]);
  return recommendationDetail(record, {
    catalogue: workspace.catalogue,
    targetLawTitle: law?.title ?? null,
    findings: new Map(findings.map((finding) => [finding.obligationId, finding])),
    versions,
    transitions,
    comments,
    contributions,
  });
}

/** Runs `work` in one transaction, then tells everyone the recommendation changed. */
export async function changeAndAnnounce(
  workspace: Workspace,
  request: ProjectRequest,
  work: (tx: Kysely<Database>) => Promise<{ id: string; detail: RecommendationDetail }>,
): Promise<RecommendationDetail> {
  const { id, detail } = await workspace.store.transaction(work);
  await announce(workspace, {
    projectId: request.projectId,
    kind: 'recommendation',
    objectId: id,
    actor: request.actor,
  });
  return detail;
}
