import type { Kysely } from 'kysely';
import type {
  DecisionMethod,
  RecommendationStatus,
  Tally,
} from '../../core/workshop/vocabulary.js';
import type { Database } from '../schema.js';
import { parseJson, toJson } from './json-column.js';
import { nowIso } from './now-iso.js';
import { toPersonRef } from './person-ref.js';
import type { PersonRef } from './person-ref.js';

/* The history of a recommendation: the versions of its wording and its lifecycle moves. */

/** One version of a recommendation's wording. */
export interface RecommendationVersionRecord {
  recommendationId: string;
  number: number;
  wording: string;
  note: string;
  author: PersonRef | null;
  /** The participant's amendment this wording took up, if any. */
  contributionId: string | null;
  createdAt: string;
}

/** Adds a version of the wording (the caller numbers it: one more than the latest). */
export async function insertRecommendationVersion(
  db: Kysely<Database>,
  input: {
    recommendationId: string;
    number: number;
    wording: string;
    note: string;
    authorId: string | null;
    contributionId: string | null;
  },
): Promise<void> {
  await db
    .insertInto('recommendation_versions')
    .values({
      recommendation_id: input.recommendationId,
      number: input.number,
      wording: input.wording,
      note: input.note,
      author_id: input.authorId,
      contribution_id: input.contributionId,
      created_at: nowIso(),
    })
    .execute();
}

/** The versions of a recommendation's wording, first to latest. */
export async function listRecommendationVersions(
  db: Kysely<Database>,
  recommendationId: string,
): Promise<RecommendationVersionRecord[]> {
  const rows = await db
    .selectFrom('recommendation_versions')
    .leftJoin('users', 'users.id', 'recommendation_versions.author_id')
    .selectAll('recommendation_versions')
    .select('users.name as author_name')
    .where('recommendation_versions.recommendation_id', '=', recommendationId)
    .orderBy('recommendation_versions.number')
    .execute();
  return rows.map((row) => ({
    recommendationId: row.recommendation_id,
    number: row.number,
    wording: row.wording,
    note: row.note,
    author: toPersonRef(row.author_id, row.author_name),
    contributionId: row.contribution_id,
    createdAt: row.created_at,
  }));
}

/** One move of a recommendation through its lifecycle. */
export interface RecommendationTransitionRecord {
  id: number;
  recommendationId: string;
  from: RecommendationStatus;
  to: RecommendationStatus;
  reason: string;
  actor: PersonRef;
  at: string;
  /** Set for a decision taken at a workshop. */
  workshopId: string | null;
  questionId: string | null;
  method: DecisionMethod | null;
  tally: Tally | null;
}

/** Records a move through the lifecycle, dated now. */
export async function insertRecommendationTransition(
  db: Kysely<Database>,
  input: {
    recommendationId: string;
    from: RecommendationStatus;
    to: RecommendationStatus;
    reason: string;
    actorId: string;
    workshopId?: string | null;
    questionId?: string | null;
    method?: DecisionMethod | null;
    tally?: Tally | null;
  },
): Promise<void> {
  await db
    .insertInto('recommendation_transitions')
    .values({
      recommendation_id: input.recommendationId,
      from_status: input.from,
      to_status: input.to,
      reason: input.reason,
      actor_id: input.actorId,
      at: nowIso(),
      workshop_id: input.workshopId ?? null,
      question_id: input.questionId ?? null,
      method: input.method ?? null,
      tally_json: input.tally === undefined || input.tally === null ? null : toJson(input.tally),
    })
    .execute();
}

/** A recommendation's moves through its lifecycle, oldest first. */
export async function listRecommendationTransitions(
  db: Kysely<Database>,
  recommendationId: string,
): Promise<RecommendationTransitionRecord[]> {
  const rows = await db
    .selectFrom('recommendation_transitions')
    .innerJoin('users', 'users.id', 'recommendation_transitions.actor_id')
    .selectAll('recommendation_transitions')
    .select('users.name as actor_name')
    .where('recommendation_transitions.recommendation_id', '=', recommendationId)
    .orderBy('recommendation_transitions.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    recommendationId: row.recommendation_id,
    from: row.from_status as RecommendationStatus,
    to: row.to_status as RecommendationStatus,
    reason: row.reason,
    actor: { id: row.actor_id, name: row.actor_name },
    at: row.at,
    workshopId: row.workshop_id,
    questionId: row.question_id,
    method: row.method as DecisionMethod | null,
    tally: row.tally_json === null ? null : parseJson<Tally>(row.tally_json),
  }));
}

/** A participant's comment or amendment on a recommendation at a workshop. */
export interface RecommendationContributionRecord {
  id: string;
  workshopId: string;
  participant: { id: string; name: string; organisation: string };
  kind: string;
  body: string;
  proposedWording: string | null;
  status: string;
  createdAt: string;
}

/** What participants said about a recommendation at workshops, oldest first. */
export async function listRecommendationContributions(
  db: Kysely<Database>,
  recommendationId: string,
): Promise<RecommendationContributionRecord[]> {
  const rows = await db
    .selectFrom('contributions')
    .innerJoin('participants', 'participants.id', 'contributions.participant_id')
    .selectAll('contributions')
    .select(['participants.name as participant_name', 'participants.organisation'])
    .where('contributions.recommendation_id', '=', recommendationId)
    .orderBy('contributions.created_at')
    .orderBy('contributions.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    workshopId: row.workshop_id,
    participant: {
      id: row.participant_id,
      name: row.participant_name,
      organisation: row.organisation,
    },
    kind: row.kind,
    body: row.body,
    proposedWording: row.proposed_wording,
    status: row.status,
    createdAt: row.created_at,
  }));
}
