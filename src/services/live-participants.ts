import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  CastVoteResult,
  ContributeBody,
  JoinBody,
  JoinResult,
  LiveWorkshop,
  OwnContribution,
  ParticipantState,
  SelfCheckInResult,
} from '../contract/live-session.js';
import { isWorkshopDay, samePerson } from '../core/workshop/live-session.js';
import type { VoteChoice } from '../core/workshop/vocabulary.js';
import { checkIn, isCheckedIn } from '../store/repos/attendance.js';
import { appendAudit } from '../store/repos/audit.js';
import {
  countVotes,
  findQuestion,
  findVote,
  insertContribution,
  latestQuestion,
  listContributions,
  upsertVote,
  type QuestionRecord,
} from '../store/repos/live-session.js';
import {
  claimParticipantDevice,
  findParticipantByDevice,
  insertParticipant,
  listParticipants,
  type ParticipantRecord,
} from '../store/repos/participants.js';
import { findRecommendation, type RecommendationRecord } from '../store/repos/recommendations.js';
import {
  findWorkshopByJoinCode,
  listSessions,
  type WorkshopRecord,
} from '../store/repos/workshops.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/open-store.js';
import { AppError } from './app-error.js';
import { announcerOf } from './live-announce.js';
import { localDay } from './local-day.js';
import {
  toLiveParticipant,
  toLiveQuestion,
  toLiveRecommendation,
  toOwnContribution,
} from './live-views.js';
import { announce, type Workspace } from './workspace.js';
import type { z } from 'zod';

/**
 * A workshop's participants on their phones: no account, a random token the phone keeps in
 * a cookie (the database keeps only its SHA-256) and a CSRF token derived from it.
 */

/** A phone that joined a workshop, as the routes under /api/live see it. */
export interface ParticipantCaller {
  readonly participant: ParticipantRecord;
  readonly workshop: WorkshopRecord;
  /** The token the phone sends back in the x-csrf-token header with its changes. */
  readonly csrfToken: string;
}

export const newParticipantToken = (): string => randomBytes(32).toString('base64url');
export const deviceHashOf = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/**
 * The CSRF token of a phone: an HMAC of a fixed label keyed by the phone's cookie token. Only
 * the holder of the cookie can compute it, every instance of the server derives the same one,
 * and nothing more is stored.
 */
export const participantCsrfToken = (token: string): string =>
  createHmac('sha256', token).update('lexalign participant csrf').digest('base64url');

const plausibleToken = (token: string | undefined): token is string =>
  token !== undefined && token.length >= 20 && token.length <= 100;

/** The workshop participants join with `joinCode`, or a clear refusal. */
export async function workshopByCode(
  db: Kysely<Database>,
  joinCode: string,
): Promise<WorkshopRecord> {
  const workshop = await findWorkshopByJoinCode(db, joinCode);
  if (workshop === undefined) {
    throw new AppError('not_found', `No workshop has the code ${joinCode.trim().toUpperCase()}`);
  }
  return workshop;
}

/**
 * The participant a phone's cookie token stands for, at the workshop of `joinCode`. A phone
 * that joined another workshop (or none) is refused as unauthenticated here.
 */
export async function resolveParticipant(
  store: Store,
  input: { readonly joinCode: string; readonly token: string | undefined },
): Promise<ParticipantCaller> {
  const workshop = await workshopByCode(store.db, input.joinCode);
  const token = input.token;
  const participant = plausibleToken(token)
    ? await findParticipantByDevice(store.db, workshop.id, deviceHashOf(token))
    : undefined;
  if (token === undefined || participant === undefined) {
    throw new AppError(
      'unauthenticated',
      `This phone has not joined the workshop ${workshop.joinCode}: join it first`,
    );
  }
  return { participant, workshop, csrfToken: participantCsrfToken(token) };
}

/** The workshop a code opens, and who this phone joined as (if it did). */
export async function liveWorkshop(
  workspace: Workspace,
  input: { readonly joinCode: string; readonly token: string | undefined },
): Promise<LiveWorkshop> {
  const db = workspace.store.db;
  const workshop = await workshopByCode(db, input.joinCode);
  const participant = plausibleToken(input.token)
    ? await findParticipantByDevice(db, workshop.id, deviceHashOf(input.token))
    : undefined;
  return {
    title: workshop.title,
    place: workshop.place,
    startsOn: workshop.startsOn,
    endsOn: workshop.endsOn,
    joinCode: workshop.joinCode,
    participant: participant === undefined ? null : toLiveParticipant(participant),
  };
}

/**
 * A phone joins a workshop. A phone that joined already gets its identity back; someone on
 * the attendance list (same name and organisation, case and accents ignored) whose phone has
 * not joined is claimed; anyone else is added to the list. Returns the token to set as cookie.
 */
export async function joinWorkshop(
  workspace: Workspace,
  input: { readonly joinCode: string; readonly token: string | undefined; readonly body: JoinBody },
): Promise<{ readonly result: JoinResult; readonly token: string }> {
  const { body } = input;
  const outcome = await workspace.store.transaction(async (tx) => {
    const workshop = await workshopByCode(tx, input.joinCode);
    if (plausibleToken(input.token)) {
      const known = await findParticipantByDevice(tx, workshop.id, deviceHashOf(input.token));
      if (known !== undefined) {
        return { workshop, participant: known, token: input.token, how: 'returning' as const };
      }
    }
    const token = newParticipantToken();
    const deviceHash = deviceHashOf(token);
    const listed = (await listParticipants(tx, workshop.id)).filter((person) =>
      samePerson(person, body),
    );
    const free = listed.find((person) => !person.hasDevice);
    if (free !== undefined) {
      if (
        await claimParticipantDevice(tx, {
          workshopId: workshop.id,
          participantId: free.id,
          deviceHash,
        })
      ) {
        await appendAudit(tx, {
          projectId: workshop.projectId,
          actorId: null,
          action: 'participant.joined',
          objectType: 'participant',
          objectId: free.id,
          after: { workshopId: workshop.id, how: 'claimed' },
        });
        return { workshop, participant: free, token, how: 'claimed' as const };
      }
    }
    if (listed.length > 0) {
      throw new AppError(
        'conflict',
        `${body.name} (${body.organisation}) has already joined from another phone: see the organiser at the desk`,
      );
    }
    const participant = await insertParticipant(tx, {
      workshopId: workshop.id,
      name: body.name,
      organisation: body.organisation,
      sector: body.sector ?? 'other',
      functionTitle: body.functionTitle ?? '',
      sex: body.sex,
      email: '',
      phone: '',
      registeredBy: 'self',
      deviceHash,
    });
    await appendAudit(tx, {
      projectId: workshop.projectId,
      actorId: null,
      action: 'participant.joined',
      objectType: 'participant',
      objectId: participant.id,
      after: { workshopId: workshop.id, how: 'new', name: participant.name },
    });
    return { workshop, participant, token, how: 'new' as const };
  });
  if (outcome.how !== 'returning') {
    await announce(workspace, {
      actor: null,
      projectId: outcome.workshop.projectId,
      kind: 'participant',
      objectId: outcome.workshop.id,
    });
  }
  return {
    token: outcome.token,
    result: {
      participant: toLiveParticipant(outcome.participant),
      csrfToken: participantCsrfToken(outcome.token),
      how: outcome.how,
    },
  };
}

/** The recommendation on screen and the question to show with it: the open one, else the last. */
export async function screenOf(
  db: Kysely<Database>,
  workshop: WorkshopRecord,
): Promise<{
  recommendation: RecommendationRecord | undefined;
  question: QuestionRecord | undefined;
}> {
  const recommendation =
    workshop.currentRecommendationId === null
      ? undefined
      : await findRecommendation(db, workshop.projectId, workshop.currentRecommendationId);
  const open =
    workshop.currentQuestionId === null
      ? undefined
      : await findQuestion(db, workshop.id, workshop.currentQuestionId);
  if (open?.status === 'open') return { recommendation, question: open };
  const question =
    recommendation === undefined
      ? undefined
      : await latestQuestion(db, workshop.id, recommendation.id);
  return { recommendation, question };
}

/** What the phone shows: the recommendation on screen, the vote, its own contributions. */
export async function participantState(
  workspace: Workspace,
  caller: ParticipantCaller,
): Promise<ParticipantState> {
  const db = workspace.store.db;
  const { workshop, participant } = caller;
  const { recommendation, question } = await screenOf(db, workshop);
  const vote = question === undefined ? undefined : await findVote(db, question.id, participant.id);
  const day = localDay();
  const today = isWorkshopDay(workshop, day) ? day : null;
  return {
    workshop: {
      title: workshop.title,
      place: workshop.place,
      startsOn: workshop.startsOn,
      endsOn: workshop.endsOn,
      joinCode: workshop.joinCode,
    },
    participant: toLiveParticipant(participant),
    csrfToken: caller.csrfToken,
    recommendation: recommendation === undefined ? null : toLiveRecommendation(recommendation),
    question: question === undefined ? null : toLiveQuestion(question),
    myVote: vote?.choice ?? null,
    tally:
      question !== undefined && question.status === 'closed'
        ? await countVotes(db, question.id)
        : null,
    contributions: (
      await listContributions(db, { workshopId: workshop.id, participantId: participant.id })
    ).map(toOwnContribution),
    today,
    checkedInToday:
      today === null ? false : await isCheckedIn(db, { participantId: participant.id, day: today }),
  };
}

/**
 * A participant votes on the open question, or changes the vote while it stays open. One
 * vote per participant per question: the database's key, written in one statement.
 */
export async function castVote(
  workspace: Workspace,
  caller: ParticipantCaller,
  input: { readonly questionId: string; readonly choice: VoteChoice },
): Promise<z.input<typeof CastVoteResult>> {
  const { workshop, participant } = caller;
  // One statement: atomic on its own, and the cheapest path for a room voting at once.
  const db = workspace.store.db;
  const vote = await upsertVote(db, {
    workshopId: workshop.id,
    questionId: input.questionId,
    participantId: participant.id,
    choice: input.choice,
  });
  if (vote === undefined) {
    const question = await findQuestion(db, workshop.id, input.questionId);
    if (question === undefined) {
      throw new AppError('not_found', 'No such question at this workshop');
    }
    throw new AppError('conflict', 'The vote is closed: votes are no longer taken');
  }
  announcerOf(workspace).voted({
    projectId: workshop.projectId,
    workshopId: workshop.id,
    questionId: input.questionId,
  });
  return {
    questionId: vote.questionId,
    choice: vote.choice,
    castAt: vote.castAt,
    updatedAt: vote.updatedAt,
  };
}

/**
 * A participant's comment or amendment, on the recommendation on screen or on one of the
 * workshop's agenda; the chair accepts or dismisses it.
 */
export async function contribute(
  workspace: Workspace,
  caller: ParticipantCaller,
  input: ContributeBody,
): Promise<OwnContribution> {
  const { workshop, participant } = caller;
  const contribution = await workspace.store.transaction(async (tx) => {
    const onAgenda = (await listSessions(tx, workshop.id)).some((session) =>
      session.recommendationIds.includes(input.recommendationId),
    );
    const recommendation = await findRecommendation(tx, workshop.projectId, input.recommendationId);
    if (
      recommendation === undefined ||
      (!onAgenda && workshop.currentRecommendationId !== input.recommendationId)
    ) {
      throw new AppError(
        'bad_request',
        'You can comment on the recommendation on screen or on one of the workshop’s agenda',
      );
    }
    const created = await insertContribution(tx, {
      workshopId: workshop.id,
      recommendationId: recommendation.id,
      participantId: participant.id,
      kind: input.kind,
      body: input.body,
      proposedWording: input.kind === 'amendment' ? (input.proposedWording ?? null) : null,
    });
    await appendAudit(tx, {
      projectId: workshop.projectId,
      actorId: null,
      action: 'contribution.created',
      objectType: 'contribution',
      objectId: created.id,
      after: {
        recommendationId: recommendation.id,
        participantId: participant.id,
        kind: created.kind,
        body: created.body,
        proposedWording: created.proposedWording,
      },
    });
    return created;
  });
  await announce(workspace, {
    actor: null,
    projectId: workshop.projectId,
    kind: 'contribution',
    objectId: contribution.recommendationId,
  });
  return toOwnContribution(contribution);
}

/** "I am here today": the participant's attendance for today, when today is a workshop day. */
export async function selfCheckIn(
  workspace: Workspace,
  caller: ParticipantCaller,
  now: Date = new Date(),
): Promise<z.input<typeof SelfCheckInResult>> {
  const { workshop, participant } = caller;
  const day = localDay(now);
  if (!isWorkshopDay(workshop, day)) {
    throw new AppError(
      'bad_request',
      `Today (${day}) is not a day of the workshop (${workshop.startsOn} to ${workshop.endsOn})`,
    );
  }
  const created = await workspace.store.transaction(async (tx) => {
    const result = await checkIn(tx, {
      workshopId: workshop.id,
      participantId: participant.id,
      day,
      method: 'self',
      byUserId: null,
    });
    if (result === 'created') {
      await appendAudit(tx, {
        projectId: workshop.projectId,
        actorId: null,
        action: 'attendance.checked_in',
        objectType: 'attendance',
        objectId: `${participant.id}:${day}`,
        after: { workshopId: workshop.id, participantId: participant.id, day, method: 'self' },
      });
    }
    return result === 'created';
  });
  if (created) {
    await announce(workspace, {
      actor: null,
      projectId: workshop.projectId,
      kind: 'attendance',
      objectId: workshop.id,
    });
  }
  return { day, created };
}
