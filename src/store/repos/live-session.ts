import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { tallyOf } from '../../core/workshop/live-session.js';
import {
  isOneOf,
  VOTE_CHOICES,
  type ContributionKind,
  type ContributionStatus,
  type Tally,
  type VoteChoice,
} from '../../core/workshop/vocabulary.js';
import type { ContributionsTable, Database, VoteQuestionsTable } from '../schema.js';
import { nowIso } from './now-iso.js';

/** A question put to the vote at a workshop: one recommendation, at one version of its wording. */
export interface QuestionRecord {
  id: string;
  workshopId: string;
  recommendationId: string;
  wordingVersion: number;
  prompt: string;
  status: 'open' | 'closed';
  openedAt: string;
  openedBy: string;
  closedAt: string | null;
  closedBy: string | null;
}

/** A participant's vote on a question. */
export interface VoteRecord {
  questionId: string;
  participantId: string;
  choice: VoteChoice;
  castAt: string;
  updatedAt: string;
}

/** A participant's comment on a recommendation, or an amendment proposing a new wording. */
export interface ContributionRecord {
  id: string;
  workshopId: string;
  recommendationId: string;
  participant: { id: string; name: string; organisation: string };
  kind: ContributionKind;
  body: string;
  proposedWording: string | null;
  status: ContributionStatus;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
}

function toQuestion(row: Selectable<VoteQuestionsTable>): QuestionRecord {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    recommendationId: row.recommendation_id,
    wordingVersion: row.wording_version,
    prompt: row.prompt,
    status: row.status === 'open' ? 'open' : 'closed',
    openedAt: row.opened_at,
    openedBy: row.opened_by,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
  };
}

/** What the presenter's screen shows, kept in the workshop's row so a reload loses nothing. */
export async function setLiveState(
  db: Kysely<Database>,
  input: {
    workshopId: string;
    currentRecommendationId?: string | null;
    currentQuestionId?: string | null;
  },
): Promise<void> {
  await db
    .updateTable('workshops')
    .set({
      ...(input.currentRecommendationId === undefined
        ? {}
        : { current_recommendation_id: input.currentRecommendationId }),
      ...(input.currentQuestionId === undefined
        ? {}
        : { current_question_id: input.currentQuestionId }),
      updated_at: nowIso(),
    })
    .where('id', '=', input.workshopId)
    .execute();
}

/** Opens a question on a recommendation. The caller checks no other question is open. */
export async function insertQuestion(
  db: Kysely<Database>,
  input: {
    workshopId: string;
    recommendationId: string;
    wordingVersion: number;
    prompt: string;
    openedBy: string;
  },
): Promise<QuestionRecord> {
  const row: Selectable<VoteQuestionsTable> = {
    id: randomUUID(),
    workshop_id: input.workshopId,
    recommendation_id: input.recommendationId,
    wording_version: input.wordingVersion,
    prompt: input.prompt,
    status: 'open',
    opened_at: nowIso(),
    opened_by: input.openedBy,
    closed_at: null,
    closed_by: null,
  };
  await db.insertInto('vote_questions').values(row).execute();
  return toQuestion(row);
}

/** A question of this workshop. */
export async function findQuestion(
  db: Kysely<Database>,
  workshopId: string,
  questionId: string,
): Promise<QuestionRecord | undefined> {
  const row = await db
    .selectFrom('vote_questions')
    .selectAll()
    .where('workshop_id', '=', workshopId)
    .where('id', '=', questionId)
    .executeTakeFirst();
  return row && toQuestion(row);
}

/** The workshop's open questions (one at most, when the service did its job). */
export async function listOpenQuestions(
  db: Kysely<Database>,
  workshopId: string,
): Promise<QuestionRecord[]> {
  const rows = await db
    .selectFrom('vote_questions')
    .selectAll()
    .where('workshop_id', '=', workshopId)
    .where('status', '=', 'open')
    .orderBy('opened_at')
    .execute();
  return rows.map(toQuestion);
}

/** The last question put on a recommendation at this workshop, open or closed. */
export async function latestQuestion(
  db: Kysely<Database>,
  workshopId: string,
  recommendationId: string,
): Promise<QuestionRecord | undefined> {
  const row = await db
    .selectFrom('vote_questions')
    .selectAll()
    .where('workshop_id', '=', workshopId)
    .where('recommendation_id', '=', recommendationId)
    .orderBy('opened_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row && toQuestion(row);
}

/** Closes a question if it is open; false when it was closed already (or is not there). */
export async function closeQuestion(
  db: Kysely<Database>,
  input: { workshopId: string; questionId: string; closedBy: string },
): Promise<boolean> {
  const result = await db
    .updateTable('vote_questions')
    .set({ status: 'closed', closed_at: nowIso(), closed_by: input.closedBy })
    .where('workshop_id', '=', input.workshopId)
    .where('id', '=', input.questionId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Records a participant's vote, or changes it, in one statement: the row is written only
 * while the question is open, and the primary key (question, participant) keeps one vote per
 * participant whatever arrives at the same time. Returns the vote as stored, or undefined
 * when the question is not open (or not this workshop's).
 */
export async function upsertVote(
  db: Kysely<Database>,
  input: { workshopId: string; questionId: string; participantId: string; choice: VoteChoice },
): Promise<VoteRecord | undefined> {
  const now = nowIso();
  const row = await db
    .insertInto('votes')
    .columns(['question_id', 'participant_id', 'choice', 'cast_at', 'updated_at'])
    .expression((eb) =>
      eb
        .selectFrom('vote_questions')
        .select((inner) => [
          inner.val(input.questionId).as('question_id'),
          inner.val(input.participantId).as('participant_id'),
          inner.val(input.choice).as('choice'),
          inner.val(now).as('cast_at'),
          inner.val(now).as('updated_at'),
        ])
        .where('id', '=', input.questionId)
        .where('workshop_id', '=', input.workshopId)
        .where('status', '=', 'open'),
    )
    .onConflict((conflict) =>
      conflict.columns(['question_id', 'participant_id']).doUpdateSet((eb) => ({
        choice: eb.ref('excluded.choice'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .returningAll()
    .executeTakeFirst();
  if (row === undefined || !isOneOf(VOTE_CHOICES, row.choice)) return undefined;
  return {
    questionId: row.question_id,
    participantId: row.participant_id,
    choice: row.choice,
    castAt: row.cast_at,
    updatedAt: row.updated_at,
  };
}

/** One participant's vote on a question. */
export async function findVote(
  db: Kysely<Database>,
  questionId: string,
  participantId: string,
): Promise<VoteRecord | undefined> {
  const row = await db
    .selectFrom('votes')
    .selectAll()
    .where('question_id', '=', questionId)
    .where('participant_id', '=', participantId)
    .executeTakeFirst();
  if (row === undefined || !isOneOf(VOTE_CHOICES, row.choice)) return undefined;
  return {
    questionId: row.question_id,
    participantId: row.participant_id,
    choice: row.choice,
    castAt: row.cast_at,
    updatedAt: row.updated_at,
  };
}

/** The count of a question's votes, from the votes themselves. */
export async function countVotes(db: Kysely<Database>, questionId: string): Promise<Tally> {
  const rows = await db
    .selectFrom('votes')
    .select(['choice', (eb) => eb.fn.countAll().as('n')])
    .where('question_id', '=', questionId)
    .groupBy('choice')
    .execute();
  const counts = { ...tallyOf([]) };
  for (const row of rows) {
    if (isOneOf(VOTE_CHOICES, row.choice)) counts[row.choice] = Number(row.n);
  }
  return counts;
}

function selectContributions(db: Kysely<Database>) {
  return db
    .selectFrom('contributions')
    .innerJoin('participants', 'participants.id', 'contributions.participant_id')
    .selectAll('contributions')
    .select(['participants.name as participant_name', 'participants.organisation']);
}

type ContributionRow = Selectable<ContributionsTable> & {
  participant_name: string;
  organisation: string;
};

function toContribution(row: ContributionRow): ContributionRecord {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    recommendationId: row.recommendation_id,
    participant: {
      id: row.participant_id,
      name: row.participant_name,
      organisation: row.organisation,
    },
    kind: row.kind === 'amendment' ? 'amendment' : 'comment',
    body: row.body,
    proposedWording: row.proposed_wording,
    status: row.status === 'accepted' || row.status === 'dismissed' ? row.status : 'open',
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
  };
}

/** Adds a participant's comment or amendment, open until the chair decides on it. */
export async function insertContribution(
  db: Kysely<Database>,
  input: {
    workshopId: string;
    recommendationId: string;
    participantId: string;
    kind: ContributionKind;
    body: string;
    proposedWording: string | null;
  },
): Promise<ContributionRecord> {
  const id = randomUUID();
  await db
    .insertInto('contributions')
    .values({
      id,
      workshop_id: input.workshopId,
      recommendation_id: input.recommendationId,
      participant_id: input.participantId,
      kind: input.kind,
      body: input.body,
      proposed_wording: input.proposedWording,
      status: 'open',
      created_at: nowIso(),
      decided_at: null,
      decided_by: null,
    })
    .execute();
  const found = await findContribution(db, input.workshopId, id);
  if (found === undefined) throw new Error('the contribution just written is not there');
  return found;
}

export async function findContribution(
  db: Kysely<Database>,
  workshopId: string,
  contributionId: string,
): Promise<ContributionRecord | undefined> {
  const row = await selectContributions(db)
    .where('contributions.workshop_id', '=', workshopId)
    .where('contributions.id', '=', contributionId)
    .executeTakeFirst();
  return row && toContribution(row);
}

/** A workshop's contributions, oldest first: on one recommendation, or of one participant. */
export async function listContributions(
  db: Kysely<Database>,
  input: { workshopId: string; recommendationId?: string; participantId?: string },
): Promise<ContributionRecord[]> {
  let query = selectContributions(db).where('contributions.workshop_id', '=', input.workshopId);
  if (input.recommendationId !== undefined) {
    query = query.where('contributions.recommendation_id', '=', input.recommendationId);
  }
  if (input.participantId !== undefined) {
    query = query.where('contributions.participant_id', '=', input.participantId);
  }
  const rows = await query
    .orderBy('contributions.created_at')
    .orderBy('contributions.id')
    .execute();
  return rows.map(toContribution);
}

/** Accepts or dismisses an open contribution; false when it was decided already. */
export async function decideContribution(
  db: Kysely<Database>,
  input: {
    workshopId: string;
    contributionId: string;
    status: 'accepted' | 'dismissed';
    decidedBy: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('contributions')
    .set({ status: input.status, decided_at: nowIso(), decided_by: input.decidedBy })
    .where('workshop_id', '=', input.workshopId)
    .where('id', '=', input.contributionId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The participant's count on the list, with a phone, and checked in on `day`. */
export async function countPeople(
  db: Kysely<Database>,
  input: { workshopId: string; day: string },
): Promise<{ participants: number; joined: number; present: number }> {
  const listed = await db
    .selectFrom('participants')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.count('device_hash').as('joined')])
    .where('workshop_id', '=', input.workshopId)
    .executeTakeFirstOrThrow();
  const present = await db
    .selectFrom('attendance')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('workshop_id', '=', input.workshopId)
    .where('day', '=', input.day)
    .executeTakeFirstOrThrow();
  return {
    participants: Number(listed.n),
    joined: Number(listed.joined),
    present: Number(present.n),
  };
}
