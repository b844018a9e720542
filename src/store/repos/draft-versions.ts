import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DraftDocument } from '../../core/drafting/draft-document.js';
import { dialectOf } from '../dialects/dialect-of.js';
import type { Database } from '../schema.js';
import { parseJson, toJson } from './json-column.js';
import { nowIso } from './now-iso.js';
import type { PersonRef } from './person-ref.js';
import { isUniqueViolation } from './recommendations.js';
import { withinTransaction } from './within-transaction.js';

/** A named version of a draft, as listed. */
export interface DraftVersionRecord {
  draftId: string;
  /** 1, 2, 3… per draft. */
  number: number;
  name: string;
  note: string;
  /** The draft's revision when it was saved. */
  revision: number;
  articleCount: number;
  createdAt: string;
  createdBy: PersonRef;
}

function selectVersions(db: Kysely<Database>) {
  return db
    .selectFrom('draft_versions')
    .innerJoin('users', 'users.id', 'draft_versions.created_by')
    .select([
      'draft_versions.draft_id',
      'draft_versions.number',
      'draft_versions.name',
      'draft_versions.note',
      'draft_versions.revision',
      'draft_versions.article_count',
      'draft_versions.created_at',
      'draft_versions.created_by',
      'users.name as creator_name',
    ]);
}

type VersionRow = Awaited<ReturnType<ReturnType<typeof selectVersions>['executeTakeFirstOrThrow']>>;

function toRecord(row: VersionRow): DraftVersionRecord {
  return {
    draftId: row.draft_id,
    number: row.number,
    name: row.name,
    note: row.note,
    revision: row.revision,
    articleCount: row.article_count,
    createdAt: row.created_at,
    createdBy: { id: row.created_by, name: row.creator_name },
  };
}

/** How many times a new version looks for a free number before giving up. */
const NUMBER_ATTEMPTS = 8;

/**
 * Saves a copy of the working copy as the draft's next version (one more than the highest).
 * Two people saving at once: on PostgreSQL they take turns on a lock held until commit; a
 * number still taken is refused by the primary key and the next one is tried.
 */
export function insertDraftVersion(
  db: Kysely<Database>,
  input: {
    draftId: string;
    name: string;
    note: string;
    revision: number;
    document: DraftDocument;
    articleCount: number;
    createdById: string;
  },
): Promise<DraftVersionRecord> {
  return withinTransaction(db, async (tx) => {
    if (dialectOf(tx) === 'postgres') {
      await sql`select pg_advisory_xact_lock(hashtextextended(${`draft_versions:${input.draftId}`}, 0))`.execute(
        tx,
      );
    }
    for (let attempt = 1; ; attempt += 1) {
      const { highest } = await tx
        .selectFrom('draft_versions')
        .select((eb) => eb.fn.max('number').as('highest'))
        .where('draft_id', '=', input.draftId)
        .executeTakeFirstOrThrow();
      const number = Number(highest ?? 0) + 1;
      await sql`savepoint draft_version_number`.execute(tx);
      try {
        await tx
          .insertInto('draft_versions')
          .values({
            draft_id: input.draftId,
            number,
            name: input.name,
            note: input.note,
            revision: input.revision,
            document_json: toJson(input.document),
            article_count: input.articleCount,
            created_at: nowIso(),
            created_by: input.createdById,
          })
          .execute();
        await sql`release savepoint draft_version_number`.execute(tx);
        const stored = await selectVersions(tx)
          .where('draft_versions.draft_id', '=', input.draftId)
          .where('draft_versions.number', '=', number)
          .executeTakeFirstOrThrow();
        return toRecord(stored);
      } catch (error) {
        await sql`rollback to savepoint draft_version_number`.execute(tx);
        if (!isUniqueViolation(error) || attempt >= NUMBER_ATTEMPTS) throw error;
      }
    }
  });
}

/** A draft's versions, by number, without their documents. */
export async function listDraftVersions(
  db: Kysely<Database>,
  draftId: string,
): Promise<DraftVersionRecord[]> {
  const rows = await selectVersions(db)
    .where('draft_versions.draft_id', '=', draftId)
    .orderBy('draft_versions.number')
    .execute();
  return rows.map(toRecord);
}

/** One version with its document; undefined when the draft has no such number. */
export async function findDraftVersion(
  db: Kysely<Database>,
  input: { draftId: string; number: number },
): Promise<(DraftVersionRecord & { document: DraftDocument }) | undefined> {
  const row = await selectVersions(db)
    .select('draft_versions.document_json')
    .where('draft_versions.draft_id', '=', input.draftId)
    .where('draft_versions.number', '=', input.number)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return { ...toRecord(row), document: parseJson<DraftDocument>(row.document_json) };
}
