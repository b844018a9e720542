import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Kysely, Updateable } from 'kysely';
import type {
  DecisionMethod,
  Priority,
  RecommendationStatus,
  RecommendationType,
} from '../../core/workshop/vocabulary.js';
import { dialectOf } from '../dialects/dialect-of.js';
import type { Database, RecommendationsTable } from '../schema.js';
import { parseJson, toJson } from './json-column.js';
import { nowIso } from './now-iso.js';
import { toPersonRef } from './person-ref.js';
import type { PersonRef } from './person-ref.js';
import { withinTransaction } from './within-transaction.js';
import { insertRecommendationVersion } from './recommendation-history.js';

export {
  insertRecommendationTransition,
  insertRecommendationVersion,
  listRecommendationContributions,
  listRecommendationTransitions,
  listRecommendationVersions,
} from './recommendation-history.js';
export type {
  RecommendationContributionRecord,
  RecommendationTransitionRecord,
  RecommendationVersionRecord,
} from './recommendation-history.js';

/** A recommendation as stored: its current wording and status, with who made and changed it. */
export interface RecommendationRecord {
  id: string;
  projectId: string;
  /** R1, R2…: one sequence per project. */
  number: number;
  title: string;
  type: RecommendationType;
  priority: Priority;
  status: RecommendationStatus;
  /** A catalogue theme, or `''`. */
  theme: string;
  targetLawId: string | null;
  targetText: string;
  targetArticle: string;
  wording: string;
  /** The number of the latest wording version. */
  wordingVersion: number;
  rationale: string;
  /** Obligation IDs of the findings the recommendation was written from. */
  findingIds: string[];
  /** Obligation IDs the recommendation answers (the finding IDs among them). */
  obligationIds: string[];
  decisionMethod: DecisionMethod | null;
  decisionNote: string;
  decidedAt: string | null;
  decidedBy: PersonRef | null;
  createdAt: string;
  createdBy: PersonRef;
  updatedAt: string;
  updatedBy: PersonRef | null;
  /** Optimistic lock: 1 when inserted, one more on each update. */
  version: number;
}

/** What a caller sets on a new recommendation; the store numbers it and dates it. */
export interface RecommendationInsert {
  projectId: string;
  title: string;
  type: RecommendationType;
  priority: Priority;
  status: RecommendationStatus;
  theme: string;
  targetLawId: string | null;
  targetText: string;
  targetArticle: string;
  wording: string;
  rationale: string;
  findingIds: readonly string[];
  obligationIds: readonly string[];
  createdById: string;
}

/** The fields an update may change; absent ones stay as they are. */
export interface RecommendationChanges {
  title?: string;
  type?: RecommendationType;
  priority?: Priority;
  status?: RecommendationStatus;
  theme?: string;
  targetLawId?: string | null;
  targetText?: string;
  targetArticle?: string;
  wording?: string;
  wordingVersion?: number;
  rationale?: string;
  findingIds?: readonly string[];
  obligationIds?: readonly string[];
  decisionMethod?: DecisionMethod | null;
  decisionNote?: string;
  decidedAt?: string | null;
  decidedById?: string | null;
}

/** Which recommendations a list shows; every given filter must hold. */
export interface RecommendationFilter {
  status?: RecommendationStatus;
  type?: RecommendationType;
  priority?: Priority;
  theme?: string;
  /** Linked to this obligation (as a finding or an obligation). */
  obligationId?: string;
  /** Words found in the label (R3), the title, the wording, the rationale or the target. */
  q?: string;
}

function selectRecommendations(db: Kysely<Database>) {
  return db
    .selectFrom('recommendations')
    .innerJoin('users as creator', 'creator.id', 'recommendations.created_by')
    .leftJoin('users as updater', 'updater.id', 'recommendations.updated_by')
    .leftJoin('users as decider', 'decider.id', 'recommendations.decided_by')
    .selectAll('recommendations')
    .select([
      'creator.name as creator_name',
      'updater.name as updater_name',
      'decider.name as decider_name',
    ]);
}

type RecommendationRow = Awaited<
  ReturnType<ReturnType<typeof selectRecommendations>['executeTakeFirstOrThrow']>
>;

function toRecord(row: RecommendationRow): RecommendationRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    number: row.number,
    title: row.title,
    type: row.type as RecommendationType,
    priority: row.priority as Priority,
    status: row.status as RecommendationStatus,
    theme: row.theme,
    targetLawId: row.target_law_id,
    targetText: row.target_text,
    targetArticle: row.target_article,
    wording: row.wording,
    wordingVersion: row.wording_version,
    rationale: row.rationale,
    findingIds: parseJson<string[]>(row.finding_ids_json),
    obligationIds: parseJson<string[]>(row.obligation_ids_json),
    decisionMethod: row.decision_method as DecisionMethod | null,
    decisionNote: row.decision_note,
    decidedAt: row.decided_at,
    decidedBy: toPersonRef(row.decided_by, row.decider_name),
    createdAt: row.created_at,
    createdBy: { id: row.created_by, name: row.creator_name },
    updatedAt: row.updated_at,
    updatedBy: toPersonRef(row.updated_by, row.updater_name),
    version: row.version,
  };
}

/** True when `error` is the database refusing a second row with the same unique key. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** How many times a new recommendation looks for a free number before giving up. */
const NUMBER_ATTEMPTS = 8;

/**
 * Adds a recommendation with the project's next number (one more than the highest stored),
 * at version 1, with version 1 of its wording by its author. Two people creating at once: on
 * PostgreSQL they take turns on a lock held until commit; should an insert still meet a
 * number taken, the unique (project, number) key refuses it and it takes the next number
 * (a savepoint keeps the rest of the caller's transaction).
 */
export async function insertRecommendation(
  db: Kysely<Database>,
  input: RecommendationInsert & { versionNote: string },
): Promise<RecommendationRecord> {
  return withinTransaction(db, async (tx) => {
    const id = randomUUID();
    const now = nowIso();
    // PostgreSQL: creators of one project take turns until they commit, so none starves under
    // a stream of others; SQLite runs one writing transaction at a time anyway.
    if (dialectOf(tx) === 'postgres') {
      await sql`select pg_advisory_xact_lock(hashtextextended(${`recommendations:${input.projectId}`}, 0))`.execute(
        tx,
      );
    }
    for (let attempt = 1; ; attempt += 1) {
      const { highest } = await tx
        .selectFrom('recommendations')
        .select((eb) => eb.fn.max('number').as('highest'))
        .where('project_id', '=', input.projectId)
        .executeTakeFirstOrThrow();
      const number = Number(highest ?? 0) + 1;
      await sql`savepoint recommendation_number`.execute(tx);
      try {
        await tx
          .insertInto('recommendations')
          .values({
            id,
            project_id: input.projectId,
            number,
            title: input.title,
            type: input.type,
            priority: input.priority,
            status: input.status,
            theme: input.theme,
            target_law_id: input.targetLawId,
            target_text: input.targetText,
            target_article: input.targetArticle,
            wording: input.wording,
            wording_version: 1,
            rationale: input.rationale,
            finding_ids_json: toJson(input.findingIds),
            obligation_ids_json: toJson(input.obligationIds),
            decision_method: null,
            decision_note: '',
            decided_at: null,
            decided_by: null,
            created_at: now,
            created_by: input.createdById,
            updated_at: now,
            updated_by: input.createdById,
            version: 1,
          })
          .execute();
        await sql`release savepoint recommendation_number`.execute(tx);
        break;
      } catch (error) {
        await sql`rollback to savepoint recommendation_number`.execute(tx);
        if (!isUniqueViolation(error) || attempt >= NUMBER_ATTEMPTS) throw error;
      }
    }
    await insertRecommendationVersion(tx, {
      recommendationId: id,
      number: 1,
      wording: input.wording,
      note: input.versionNote,
      authorId: input.createdById,
      contributionId: null,
    });
    const stored = await selectRecommendations(tx)
      .where('recommendations.id', '=', id)
      .executeTakeFirstOrThrow();
    return toRecord(stored);
  });
}

/** One recommendation of a project; undefined when there is none with this ID there. */
export async function findRecommendation(
  db: Kysely<Database>,
  projectId: string,
  recommendationId: string,
): Promise<RecommendationRecord | undefined> {
  const row = await selectRecommendations(db)
    .where('recommendations.project_id', '=', projectId)
    .where('recommendations.id', '=', recommendationId)
    .executeTakeFirst();
  return row && toRecord(row);
}

function matchesText(record: RecommendationRecord, q: string): boolean {
  const words = q.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const haystack = [
    `R${record.number}`,
    record.title,
    record.wording,
    record.rationale,
    record.targetText,
    record.targetArticle,
    ...record.obligationIds,
  ]
    .join('\n')
    .toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** A project's recommendations by number, those matching every filter given. */
export async function listRecommendations(
  db: Kysely<Database>,
  projectId: string,
  filter: RecommendationFilter = {},
): Promise<RecommendationRecord[]> {
  let query = selectRecommendations(db).where('recommendations.project_id', '=', projectId);
  if (filter.status !== undefined)
    query = query.where('recommendations.status', '=', filter.status);
  if (filter.type !== undefined) query = query.where('recommendations.type', '=', filter.type);
  if (filter.priority !== undefined) {
    query = query.where('recommendations.priority', '=', filter.priority);
  }
  if (filter.theme !== undefined) query = query.where('recommendations.theme', '=', filter.theme);
  const rows = await query.orderBy('recommendations.number').execute();
  const { obligationId, q } = filter;
  return rows
    .map(toRecord)
    .filter(
      (record) =>
        (obligationId === undefined ||
          record.obligationIds.includes(obligationId) ||
          record.findingIds.includes(obligationId)) &&
        (q === undefined || q.trim() === '' || matchesText(record, q)),
    );
}

function toColumns(changes: RecommendationChanges): Updateable<RecommendationsTable> {
  const columns: Updateable<RecommendationsTable> = {};
  if (changes.title !== undefined) columns.title = changes.title;
  if (changes.type !== undefined) columns.type = changes.type;
  if (changes.priority !== undefined) columns.priority = changes.priority;
  if (changes.status !== undefined) columns.status = changes.status;
  if (changes.theme !== undefined) columns.theme = changes.theme;
  if (changes.targetLawId !== undefined) columns.target_law_id = changes.targetLawId;
  if (changes.targetText !== undefined) columns.target_text = changes.targetText;
  if (changes.targetArticle !== undefined) columns.target_article = changes.targetArticle;
  if (changes.wording !== undefined) columns.wording = changes.wording;
  if (changes.wordingVersion !== undefined) columns.wording_version = changes.wordingVersion;
  if (changes.rationale !== undefined) columns.rationale = changes.rationale;
  if (changes.findingIds !== undefined) columns.finding_ids_json = toJson(changes.findingIds);
  if (changes.obligationIds !== undefined) {
    columns.obligation_ids_json = toJson(changes.obligationIds);
  }
  if (changes.decisionMethod !== undefined) columns.decision_method = changes.decisionMethod;
  if (changes.decisionNote !== undefined) columns.decision_note = changes.decisionNote;
  if (changes.decidedAt !== undefined) columns.decided_at = changes.decidedAt;
  if (changes.decidedById !== undefined) columns.decided_by = changes.decidedById;
  return columns;
}

/**
 * Changes a recommendation and bumps its version, in one atomic UPDATE: with
 * `expectedVersion`, only if the stored version is that one (of two writers holding the same
 * version exactly one wins). Returns the stored recommendation, 'conflict' when the version is
 * stale, undefined when there is no such recommendation.
 */
export async function updateRecommendation(
  db: Kysely<Database>,
  input: {
    projectId: string;
    recommendationId: string;
    changes: RecommendationChanges;
    updatedById: string;
    expectedVersion?: number;
  },
): Promise<RecommendationRecord | 'conflict' | undefined> {
  let query = db
    .updateTable('recommendations')
    .set((eb) => ({
      ...toColumns(input.changes),
      updated_at: nowIso(),
      updated_by: input.updatedById,
      version: eb('version', '+', 1),
    }))
    .where('project_id', '=', input.projectId)
    .where('id', '=', input.recommendationId);
  if (input.expectedVersion !== undefined) {
    query = query.where('version', '=', input.expectedVersion);
  }
  const result = await query.executeTakeFirst();
  const stored = await findRecommendation(db, input.projectId, input.recommendationId);
  if (result.numUpdatedRows === 0n) return stored === undefined ? undefined : 'conflict';
  return stored;
}

/** Deletes a recommendation with its versions, transitions and comments; false when there was none. */
export async function deleteRecommendation(
  db: Kysely<Database>,
  projectId: string,
  recommendationId: string,
): Promise<boolean> {
  return withinTransaction(db, async (tx) => {
    await tx
      .deleteFrom('recommendation_versions')
      .where('recommendation_id', '=', recommendationId)
      .execute();
    await tx
      .deleteFrom('recommendation_transitions')
      .where('recommendation_id', '=', recommendationId)
      .execute();
    await tx
      .deleteFrom('comments')
      .where('project_id', '=', projectId)
      .where('target_type', '=', 'recommendation')
      .where('target_id', '=', recommendationId)
      .execute();
    const result = await tx
      .deleteFrom('recommendations')
      .where('project_id', '=', projectId)
      .where('id', '=', recommendationId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  });
}
