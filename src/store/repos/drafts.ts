import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DraftDocument } from '../../core/drafting/draft-document.js';
import type { Database } from '../schema.js';
import { deleteCommentsByTargetPrefix } from './comments.js';
import { parseJson, toJson } from './json-column.js';
import { nowIso } from './now-iso.js';
import { toPersonRef, type PersonRef } from './person-ref.js';
import { withinTransaction } from './within-transaction.js';

/** Comments on the articles of a draft: this target type, target ID `${draftId}:${key}`. */
export const DRAFT_ARTICLE_TARGET = 'draft_article';

export type DraftOriginValue = 'blank' | 'law' | 'outline';

/** A draft as listed: everything but its document. */
export interface DraftSummaryRecord {
  id: string;
  projectId: string;
  title: string;
  origin: DraftOriginValue;
  language: 'fr' | 'en';
  sourceLawId: string | null;
  replacesLawId: string | null;
  /** The replaced law's title; null when none (or deleted). */
  replacesLawTitle: string | null;
  articleCount: number;
  placeholderCount: number;
  versionCount: number;
  revision: number;
  createdAt: string;
  createdBy: PersonRef;
  updatedAt: string;
  updatedBy: PersonRef | null;
}

/** A draft with its working copy. */
export interface DraftRecord extends DraftSummaryRecord {
  document: DraftDocument;
}

/** What a caller gives for a new draft; the store dates it and starts it at revision 1. */
export interface DraftInsert {
  projectId: string;
  title: string;
  origin: DraftOriginValue;
  language: 'fr' | 'en';
  sourceLawId: string | null;
  replacesLawId: string | null;
  document: DraftDocument;
  articleCount: number;
  placeholderCount: number;
  createdById: string;
}

function selectDrafts(db: Kysely<Database>) {
  return db
    .selectFrom('drafts')
    .innerJoin('users as creator', 'creator.id', 'drafts.created_by')
    .leftJoin('users as updater', 'updater.id', 'drafts.updated_by')
    .leftJoin('laws as replaced', 'replaced.id', 'drafts.replaces_law_id')
    .select([
      'drafts.id',
      'drafts.project_id',
      'drafts.title',
      'drafts.origin',
      'drafts.language',
      'drafts.source_law_id',
      'drafts.replaces_law_id',
      'drafts.article_count',
      'drafts.placeholder_count',
      'drafts.revision',
      'drafts.created_at',
      'drafts.created_by',
      'drafts.updated_at',
      'drafts.updated_by',
      'creator.name as creator_name',
      'updater.name as updater_name',
      'replaced.title as replaced_title',
    ])
    .select((eb) =>
      eb
        .selectFrom('draft_versions')
        .select((inner) => inner.fn.countAll<number | string | bigint>().as('n'))
        .whereRef('draft_versions.draft_id', '=', 'drafts.id')
        .as('version_count'),
    );
}

type DraftRow = Awaited<ReturnType<ReturnType<typeof selectDrafts>['executeTakeFirstOrThrow']>>;

function toOrigin(value: string): DraftOriginValue {
  if (value === 'blank' || value === 'law' || value === 'outline') return value;
  throw new Error(`Unknown draft origin in the database: ${value}`);
}

function toSummary(row: DraftRow): DraftSummaryRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    title: row.title,
    origin: toOrigin(row.origin),
    language: row.language === 'en' ? 'en' : 'fr',
    sourceLawId: row.source_law_id,
    replacesLawId: row.replaces_law_id,
    replacesLawTitle: row.replaced_title,
    articleCount: row.article_count,
    placeholderCount: row.placeholder_count,
    versionCount: Number(row.version_count ?? 0),
    revision: row.revision,
    createdAt: row.created_at,
    createdBy: { id: row.created_by, name: row.creator_name },
    updatedAt: row.updated_at,
    updatedBy: toPersonRef(row.updated_by, row.updater_name),
  };
}

/** Stores a new draft at revision 1 and returns it as stored. */
export function insertDraft(db: Kysely<Database>, input: DraftInsert): Promise<DraftRecord> {
  return withinTransaction(db, async (tx) => {
    const id = randomUUID();
    const now = nowIso();
    await tx
      .insertInto('drafts')
      .values({
        id,
        project_id: input.projectId,
        title: input.title,
        origin: input.origin,
        language: input.language,
        source_law_id: input.sourceLawId,
        replaces_law_id: input.replacesLawId,
        document_json: toJson(input.document),
        article_count: input.articleCount,
        placeholder_count: input.placeholderCount,
        revision: 1,
        created_at: now,
        created_by: input.createdById,
        updated_at: now,
        updated_by: input.createdById,
      })
      .execute();
    const stored = await findDraft(tx, { projectId: input.projectId, draftId: id });
    if (stored === undefined) throw new Error('The draft just stored cannot be read back');
    return stored;
  });
}

/** A project's drafts, most recently changed first, without their documents. */
export async function listDrafts(
  db: Kysely<Database>,
  projectId: string,
): Promise<DraftSummaryRecord[]> {
  const rows = await selectDrafts(db)
    .where('drafts.project_id', '=', projectId)
    .orderBy('drafts.updated_at', 'desc')
    .orderBy('drafts.id')
    .execute();
  return rows.map(toSummary);
}

/** One draft of a project with its working copy; undefined when there is none there. */
export async function findDraft(
  db: Kysely<Database>,
  input: { projectId: string; draftId: string },
): Promise<DraftRecord | undefined> {
  const row = await selectDrafts(db)
    .select('drafts.document_json')
    .where('drafts.project_id', '=', input.projectId)
    .where('drafts.id', '=', input.draftId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return { ...toSummary(row), document: parseJson<DraftDocument>(row.document_json) };
}

/** What a change of the working copy writes; absent fields stay as they are. */
export interface DraftWrite {
  document?: DraftDocument;
  title?: string;
  articleCount?: number;
  placeholderCount?: number;
  replacesLawId?: string | null;
}

/**
 * Writes a new state of the draft at `revision`, only if it is still at `expectedRevision`
 * (the optimistic lock every edit goes through). False when someone else wrote first, or
 * when there is no such draft.
 */
export async function updateDraft(
  db: Kysely<Database>,
  input: {
    projectId: string;
    draftId: string;
    expectedRevision: number;
    revision: number;
    changes: DraftWrite;
    updatedById: string;
  },
): Promise<boolean> {
  const { changes } = input;
  const result = await db
    .updateTable('drafts')
    .set({
      revision: input.revision,
      updated_at: nowIso(),
      updated_by: input.updatedById,
      ...(changes.document === undefined ? {} : { document_json: toJson(changes.document) }),
      ...(changes.title === undefined ? {} : { title: changes.title }),
      ...(changes.articleCount === undefined ? {} : { article_count: changes.articleCount }),
      ...(changes.placeholderCount === undefined
        ? {}
        : { placeholder_count: changes.placeholderCount }),
      ...(changes.replacesLawId === undefined ? {} : { replaces_law_id: changes.replacesLawId }),
    })
    .where('project_id', '=', input.projectId)
    .where('id', '=', input.draftId)
    .where('revision', '=', input.expectedRevision)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Deletes a draft with its versions, unit changes and the comments on its articles. */
export function deleteDraft(
  db: Kysely<Database>,
  input: { projectId: string; draftId: string },
): Promise<boolean> {
  return withinTransaction(db, async (tx) => {
    const found = await tx
      .selectFrom('drafts')
      .select('id')
      .where('project_id', '=', input.projectId)
      .where('id', '=', input.draftId)
      .executeTakeFirst();
    if (found === undefined) return false;
    await deleteCommentsByTargetPrefix(tx, {
      projectId: input.projectId,
      targetType: DRAFT_ARTICLE_TARGET,
      targetIdPrefix: `${input.draftId}:`,
    });
    await tx.deleteFrom('draft_node_changes').where('draft_id', '=', input.draftId).execute();
    await tx.deleteFrom('draft_versions').where('draft_id', '=', input.draftId).execute();
    await tx.deleteFrom('drafts').where('id', '=', input.draftId).execute();
    return true;
  });
}
