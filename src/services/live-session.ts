import type { Kysely } from 'kysely';
import type { RecordDecisionBody } from '../contract/live-session.js';
import { DECISION_STATUSES, isOneOf, type Tally } from '../core/workshop/vocabulary.js';
import { appendAudit } from '../store/repos/audit.js';
import {
  closeQuestion,
  countVotes,
  decideContribution,
  findContribution,
  findQuestion,
  insertQuestion,
  latestQuestion,
  listOpenQuestions,
  setLiveState,
} from '../store/repos/live-session.js';
import { findRecommendation, type RecommendationRecord } from '../store/repos/recommendations.js';
import type { WorkshopRecord } from '../store/repos/workshops.js';
import type { Database } from '../store/schema.js';
import type { Actor } from './accounts.js';
import { AppError } from './app-error.js';
import { amendRecommendation, decideRecommendation } from './recommendations.js';
import { amendmentNote, takenUpReason, type Language } from './workshop-record-texts.js';
import { requireWorkshop } from './workshops.js';
import { announce, type Workspace } from './workspace.js';

/**
 * The chair's side of a workshop's live session: what is on screen, the votes, the
 * decisions and the participants' amendments. What the screen shows is kept in the
 * workshop's row, so a reloaded laptop loses nothing.
 */

interface ChairRequest {
  readonly actor: Actor;
  readonly projectId: string;
  readonly workshopId: string;
}

/** The workshop and its project's language, if the actor may run it. */
async function chairWorkshop(
  db: Kysely<Database>,
  request: ChairRequest,
): Promise<{ readonly workshop: WorkshopRecord; readonly language: Language }> {
  const { workshop, project } = await requireWorkshop(db, {
    ...request,
    action: 'workshop.manage',
  });
  return { workshop, language: project.language };
}

async function requireRecommendation(
  db: Kysely<Database>,
  projectId: string,
  recommendationId: string,
): Promise<RecommendationRecord> {
  const recommendation = await findRecommendation(db, projectId, recommendationId);
  if (recommendation === undefined) throw new AppError('not_found', 'Recommendation not found');
  return recommendation;
}

const isDecided = (recommendation: RecommendationRecord): boolean =>
  isOneOf(DECISION_STATUSES, recommendation.status);

/** Tells the chair's screens and the phones that the live session moved. */
async function announceLive(workspace: Workspace, actor: Actor, workshop: WorkshopRecord) {
  await announce(workspace, {
    projectId: workshop.projectId,
    kind: 'live',
    objectId: workshop.id,
    actor,
  });
}

/** A proposed recommendation comes under discussion when the workshop takes it up. */
async function bringUnderDiscussion(
  workspace: Workspace,
  request: ChairRequest,
  taken: {
    readonly recommendation: RecommendationRecord;
    readonly workshop: WorkshopRecord;
    readonly language: Language;
  },
): Promise<void> {
  const { recommendation, workshop, language } = taken;
  if (recommendation.status !== 'proposed') return;
  await decideRecommendation(workspace, {
    actor: request.actor,
    projectId: request.projectId,
    recommendationId: recommendation.id,
    status: 'under_discussion',
    reason: takenUpReason(language, workshop.title),
    version: recommendation.version,
    workshop: { workshopId: workshop.id, questionId: null, method: null, tally: null },
  });
}

/** Puts a recommendation on the screens (the presenter's and the phones'). */
export async function showRecommendation(
  workspace: Workspace,
  request: ChairRequest & { readonly recommendationId: string },
): Promise<void> {
  const db = workspace.store.db;
  const { workshop, language } = await chairWorkshop(db, request);
  const recommendation = await requireRecommendation(
    db,
    workshop.projectId,
    request.recommendationId,
  );
  await workspace.store.transaction(async (tx) => {
    const open = await listOpenQuestions(tx, workshop.id);
    const other = open.find((question) => question.recommendationId !== recommendation.id);
    if (other !== undefined) {
      throw new AppError('conflict', 'A vote is open on another recommendation: close it first');
    }
    await setLiveState(tx, {
      workshopId: workshop.id,
      currentRecommendationId: recommendation.id,
      currentQuestionId: open[0]?.id ?? null,
    });
    await appendAudit(tx, {
      projectId: workshop.projectId,
      actorId: request.actor.id,
      action: 'workshop.shown',
      objectType: 'workshop',
      objectId: workshop.id,
      before: { recommendationId: workshop.currentRecommendationId },
      after: { recommendationId: recommendation.id },
    });
  });
  await bringUnderDiscussion(workspace, request, { recommendation, workshop, language });
  await announceLive(workspace, request.actor, workshop);
}

/** Opens a vote on a recommendation (one open question per workshop), at its current wording. */
export async function openVote(
  workspace: Workspace,
  request: ChairRequest & { readonly recommendationId: string; readonly prompt?: string },
): Promise<void> {
  const db = workspace.store.db;
  const { workshop, language } = await chairWorkshop(db, request);
  const recommendation = await requireRecommendation(
    db,
    workshop.projectId,
    request.recommendationId,
  );
  if (isDecided(recommendation)) {
    throw new AppError(
      'conflict',
      `R${recommendation.number} is decided already (${recommendation.status}): no vote on it`,
    );
  }
  if (recommendation.status === 'draft') {
    throw new AppError('conflict', `R${recommendation.number} is a draft: propose it first`);
  }
  await bringUnderDiscussion(workspace, request, { recommendation, workshop, language });
  await workspace.store.transaction(async (tx) => {
    // Taking the workshop's row first makes two chairs opening a vote at once wait in turn.
    await setLiveState(tx, { workshopId: workshop.id });
    if ((await listOpenQuestions(tx, workshop.id)).length > 0) {
      throw new AppError('conflict', 'A vote is open already: close it before opening another');
    }
    const current = await requireRecommendation(tx, workshop.projectId, recommendation.id);
    const question = await insertQuestion(tx, {
      workshopId: workshop.id,
      recommendationId: current.id,
      wordingVersion: current.wordingVersion,
      prompt: request.prompt ?? '',
      openedBy: request.actor.id,
    });
    await setLiveState(tx, {
      workshopId: workshop.id,
      currentRecommendationId: current.id,
      currentQuestionId: question.id,
    });
    await appendAudit(tx, {
      projectId: workshop.projectId,
      actorId: request.actor.id,
      action: 'question.opened',
      objectType: 'question',
      objectId: question.id,
      after: {
        workshopId: workshop.id,
        recommendationId: current.id,
        wordingVersion: current.wordingVersion,
        prompt: question.prompt,
      },
    });
  });
  await announceLive(workspace, request.actor, workshop);
}

/** Closes the workshop's open vote; its count is then final. */
export async function closeVote(workspace: Workspace, request: ChairRequest): Promise<void> {
  const db = workspace.store.db;
  const { workshop } = await chairWorkshop(db, request);
  await workspace.store.transaction(async (tx) => {
    const open = await listOpenQuestions(tx, workshop.id);
    if (open.length === 0) throw new AppError('conflict', 'No vote is open');
    for (const question of open) {
      if (
        !(await closeQuestion(tx, {
          ...question,
          questionId: question.id,
          closedBy: request.actor.id,
        }))
      )
        continue;
      await appendAudit(tx, {
        projectId: workshop.projectId,
        actorId: request.actor.id,
        action: 'question.closed',
        objectType: 'question',
        objectId: question.id,
        after: { workshopId: workshop.id, tally: await countVotes(tx, question.id) },
      });
    }
  });
  await announceLive(workspace, request.actor, workshop);
}

/**
 * Records the workshop's decision on the recommendation on screen (or the one the question
 * was about). A vote's count is computed here from the votes, never typed by anyone.
 */
export async function recordDecision(
  workspace: Workspace,
  request: ChairRequest & RecordDecisionBody,
): Promise<void> {
  const db = workspace.store.db;
  const { workshop } = await chairWorkshop(db, request);
  const question =
    request.questionId !== undefined
      ? await findQuestion(db, workshop.id, request.questionId)
      : workshop.currentRecommendationId === null
        ? undefined
        : await latestQuestion(db, workshop.id, workshop.currentRecommendationId);
  if (request.questionId !== undefined && question === undefined) {
    throw new AppError('not_found', 'No such question at this workshop');
  }
  const recommendationId = question?.recommendationId ?? workshop.currentRecommendationId;
  if (recommendationId === null) {
    throw new AppError('bad_request', 'Put a recommendation on screen before recording a decision');
  }
  let tally: Tally | null = null;
  if (request.method === 'vote') {
    if (question === undefined) {
      throw new AppError(
        'bad_request',
        'No vote was held on this recommendation: decide by consensus, or open a vote',
      );
    }
    if (question.status === 'open') {
      throw new AppError(
        'conflict',
        'The vote is still open: close it before recording the decision',
      );
    }
    tally = await countVotes(db, question.id);
  }
  await decideRecommendation(workspace, {
    actor: request.actor,
    projectId: workshop.projectId,
    recommendationId,
    status: request.status,
    reason: request.reason,
    ...(request.version === undefined ? {} : { version: request.version }),
    workshop: {
      workshopId: workshop.id,
      questionId: request.method === 'vote' ? (question?.id ?? null) : null,
      method: request.method,
      tally,
    },
  });
  await announceLive(workspace, request.actor, workshop);
}

/** Accepts a participant's amendment: its wording becomes the recommendation's new version. */
export async function acceptAmendment(
  workspace: Workspace,
  request: ChairRequest & {
    readonly contributionId: string;
    readonly note?: string;
    readonly version?: number;
  },
): Promise<void> {
  const db = workspace.store.db;
  const { workshop, language } = await chairWorkshop(db, request);
  const contribution = await findContribution(db, workshop.id, request.contributionId);
  if (contribution === undefined) throw new AppError('not_found', 'Contribution not found');
  if (contribution.kind !== 'amendment' || contribution.proposedWording === null) {
    throw new AppError(
      'bad_request',
      'Only an amendment can be accepted; dismiss a comment once read',
    );
  }
  if (contribution.status !== 'open') {
    throw new AppError('conflict', `This amendment was ${contribution.status} already`);
  }
  const open = await listOpenQuestions(db, workshop.id);
  if (open.some((question) => question.recommendationId === contribution.recommendationId)) {
    throw new AppError(
      'conflict',
      'A vote is open on this recommendation: close it before changing its wording',
    );
  }
  const { participant } = contribution;
  await amendRecommendation(workspace, {
    actor: request.actor,
    projectId: workshop.projectId,
    recommendationId: contribution.recommendationId,
    wording: contribution.proposedWording,
    note:
      request.note !== undefined && request.note !== ''
        ? request.note
        : amendmentNote(language, { ...participant, body: contribution.body }),
    ...(request.version === undefined ? {} : { version: request.version }),
    contributionId: contribution.id,
  });
  await settleContribution(workspace, request, {
    workshop,
    contributionId: contribution.id,
    status: 'accepted',
  });
}

/** Dismisses a participant's comment or amendment (read, not taken up). */
export async function dismissContribution(
  workspace: Workspace,
  request: ChairRequest & { readonly contributionId: string },
): Promise<void> {
  const db = workspace.store.db;
  const { workshop } = await chairWorkshop(db, request);
  const contribution = await findContribution(db, workshop.id, request.contributionId);
  if (contribution === undefined) throw new AppError('not_found', 'Contribution not found');
  if (contribution.status !== 'open') {
    throw new AppError('conflict', `This contribution was ${contribution.status} already`);
  }
  await settleContribution(workspace, request, {
    workshop,
    contributionId: contribution.id,
    status: 'dismissed',
  });
}

async function settleContribution(
  workspace: Workspace,
  request: ChairRequest,
  settle: {
    readonly workshop: WorkshopRecord;
    readonly contributionId: string;
    readonly status: 'accepted' | 'dismissed';
  },
): Promise<void> {
  const { workshop, contributionId, status } = settle;
  const settled = await workspace.store.transaction(async (tx) => {
    const decided = await decideContribution(tx, {
      workshopId: workshop.id,
      contributionId,
      status,
      decidedBy: request.actor.id,
    });
    if (!decided) throw new AppError('conflict', 'This contribution was decided already');
    await appendAudit(tx, {
      projectId: workshop.projectId,
      actorId: request.actor.id,
      action: `contribution.${status}`,
      objectType: 'contribution',
      objectId: contributionId,
      before: { status: 'open' },
      after: { status },
    });
    return findContribution(tx, workshop.id, contributionId);
  });
  if (settled !== undefined) {
    await announce(workspace, {
      projectId: workshop.projectId,
      kind: 'contribution',
      objectId: settled.recommendationId,
      actor: request.actor,
    });
  }
  await announceLive(workspace, request.actor, workshop);
}
