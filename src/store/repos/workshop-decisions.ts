import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { parseJson } from './json-column.js';

/** A recommendation a workshop discussed, with where it stands and how it was decided there. */
export interface WorkshopDecisionRecord {
  recommendationId: string;
  number: number;
  title: string;
  /** The status the workshop's latest decision gave it, else its current status. */
  status: string;
  /** `vote` or `consensus` when the workshop decided it; null otherwise. */
  method: string | null;
  tally: { for: number; against: number; abstain: number } | null;
  decidedAt: string | null;
}

/**
 * The recommendations a workshop discussed: those with a transition recorded at the workshop
 * (the latest one counts) and those on its agenda (their current status), by number.
 */
export async function listWorkshopDecisions(
  db: Kysely<Database>,
  input: { projectId: string; workshopId: string; agendaRecommendationIds: readonly string[] },
): Promise<WorkshopDecisionRecord[]> {
  const transitions = await db
    .selectFrom('recommendation_transitions')
    .innerJoin(
      'recommendations',
      'recommendations.id',
      'recommendation_transitions.recommendation_id',
    )
    .select([
      'recommendation_transitions.recommendation_id',
      'recommendation_transitions.to_status',
      'recommendation_transitions.method',
      'recommendation_transitions.tally_json',
      'recommendation_transitions.at',
    ])
    .where('recommendation_transitions.workshop_id', '=', input.workshopId)
    .where('recommendations.project_id', '=', input.projectId)
    .orderBy('recommendation_transitions.id')
    .execute();
  const latest = new Map(transitions.map((row) => [row.recommendation_id, row]));
  const ids = [...new Set([...latest.keys(), ...input.agendaRecommendationIds])];
  if (ids.length === 0) return [];
  const recommendations = await db
    .selectFrom('recommendations')
    .select(['id', 'number', 'title', 'status'])
    .where('project_id', '=', input.projectId)
    .where('id', 'in', ids)
    .orderBy('number')
    .execute();
  return recommendations.map((recommendation) => {
    const decision = latest.get(recommendation.id);
    return {
      recommendationId: recommendation.id,
      number: recommendation.number,
      title: recommendation.title,
      status: decision?.to_status ?? recommendation.status,
      method: decision?.method ?? null,
      tally:
        decision?.tally_json === null || decision?.tally_json === undefined
          ? null
          : parseJson<{ for: number; against: number; abstain: number }>(decision.tally_json),
      decidedAt: decision?.at ?? null,
    };
  });
}

/** True when a decision on a recommendation was recorded at the workshop. */
export async function workshopHasDecisions(
  db: Kysely<Database>,
  workshopId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('recommendation_transitions')
    .select('id')
    .where('workshop_id', '=', workshopId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Which of these IDs are recommendations of the project. */
export async function existingRecommendationIds(
  db: Kysely<Database>,
  input: { projectId: string; ids: readonly string[] },
): Promise<Set<string>> {
  if (input.ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('recommendations')
    .select('id')
    .where('project_id', '=', input.projectId)
    .where('id', 'in', input.ids)
    .execute();
  return new Set(rows.map((row) => row.id));
}
