import type { RecommendationDetail } from '../contract/recommendations.js';
import { can } from '../core/access/permissions.js';
import {
  checkMove,
  isDecision,
  wordingChangedInDiscussion,
} from '../core/recommendations/lifecycle.js';
import type {
  DecisionMethod,
  DecisionStatus,
  RecommendationStatus,
  Tally,
} from '../core/workshop/vocabulary.js';
import { appendAudit } from '../store/repos/audit.js';
import {
  insertRecommendationTransition,
  listRecommendationTransitions,
  listRecommendationVersions,
  updateRecommendation as updateRecommendationRow,
} from '../store/repos/recommendations.js';
import type { Actor } from './accounts.js';
import { AppError } from './app-error.js';
import { requireProject } from './project-access.js';
import {
  changeAndAnnounce,
  checkVersion,
  detailOf,
  loadRecommendation,
  stale,
  type RecommendationRequest,
} from './recommendation-changes.js';
import { recommendationLabel } from './recommendation-views.js';
import type { Workspace } from './workspace.js';

/* A recommendation's moves through its lifecycle: proposed by writers, decided by deciders. */

interface MoveRequest extends RecommendationRequest {
  readonly to: RecommendationStatus;
  readonly reason: string;
  readonly version?: number;
  readonly method?: DecisionMethod;
  readonly workshop?: {
    readonly workshopId: string;
    readonly questionId: string | null;
    /** Null when the move decides nothing (a recommendation put under discussion). */
    readonly method: DecisionMethod | null;
    readonly tally: Tally | null;
  };
}

/** One move through the lifecycle: checked against the rules and the actor's role, recorded, audited. */
function moveRecommendation(
  workspace: Workspace,
  request: MoveRequest,
): Promise<RecommendationDetail> {
  return changeAndAnnounce(workspace, request, async (tx) => {
    const { role } = await requireProject(tx, { ...request, action: 'project.read' });
    const record = await loadRecommendation(tx, request);
    checkVersion(record, request.version);
    const wordingChanged =
      request.to === 'adopted_with_changes' &&
      wordingChangedInDiscussion({
        transitions: await listRecommendationTransitions(tx, record.id),
        versions: await listRecommendationVersions(tx, record.id),
      });
    const check = checkMove({
      from: record.status,
      to: request.to,
      reason: request.reason,
      wordingChanged,
    });
    if (!check.ok) {
      throw check.problem === 'reason_required'
        ? new AppError('validation_failed', check.message, { issues: [`reason: ${check.message}`] })
        : new AppError('conflict', `${recommendationLabel(record.number)}: ${check.message}`);
    }
    if (!can(role, check.action)) {
      throw new AppError('forbidden', `Your role (${role}) does not allow this (${check.action})`);
    }
    const decided = isDecision(request.to);
    // Only a decision has a method: a move that decides nothing records none.
    const method = decided ? (request.workshop?.method ?? request.method ?? null) : null;
    const updated = await updateRecommendationRow(tx, {
      projectId: request.projectId,
      recommendationId: record.id,
      changes: {
        status: request.to,
        decisionMethod: method,
        decisionNote: decided ? request.reason : '',
        decidedAt: decided ? new Date().toISOString() : null,
        decidedById: decided ? request.actor.id : null,
      },
      updatedById: request.actor.id,
      expectedVersion: record.version,
    });
    if (updated === undefined || updated === 'conflict') throw stale(record);
    await insertRecommendationTransition(tx, {
      recommendationId: record.id,
      from: record.status,
      to: request.to,
      reason: request.reason,
      actorId: request.actor.id,
      workshopId: request.workshop?.workshopId ?? null,
      questionId: request.workshop?.questionId ?? null,
      method,
      tally: request.workshop?.tally ?? null,
    });
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'recommendation.status',
      objectType: 'recommendation',
      objectId: record.id,
      before: { status: record.status },
      after: {
        status: request.to,
        reason: request.reason,
        method,
        ...(request.workshop === undefined
          ? {}
          : { workshopId: request.workshop.workshopId, tally: request.workshop.tally }),
      },
    });
    return { id: record.id, detail: await detailOf(workspace, tx, updated) };
  });
}

/** A writer proposes a recommendation for discussion, or takes it back to draft. */
export function proposeRecommendation(
  workspace: Workspace,
  request: RecommendationRequest & {
    readonly status: 'draft' | 'proposed';
    readonly reason: string;
    readonly version?: number;
  },
): Promise<RecommendationDetail> {
  return moveRecommendation(workspace, { ...request, to: request.status });
}

/**
 * A decider puts a recommendation under discussion (or re-opens it), or decides it. With
 * `workshop`, the decision is the workshop's: where, the question voted, the method and the
 * count are recorded. `version` omitted: no optimistic check (the chair during the session).
 */
export function decideRecommendation(
  workspace: Workspace,
  request: {
    actor: Actor;
    projectId: string;
    recommendationId: string;
    status: 'under_discussion' | DecisionStatus;
    reason: string;
    version?: number;
    method?: DecisionMethod;
    workshop?: {
      workshopId: string;
      questionId: string | null;
      method: DecisionMethod | null;
      tally: Tally | null;
    };
  },
): Promise<RecommendationDetail> {
  return moveRecommendation(workspace, { ...request, to: request.status });
}
