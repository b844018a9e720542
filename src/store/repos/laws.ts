import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Diagnostic } from '../../core/errors.js';
import type { LegalDocument } from '../../core/model/index.js';
import type { Database } from '../schema.js';
import { parseJson, toJson } from './json-column.js';
import { nowIso } from './now-iso.js';
import { withinTransaction } from './within-transaction.js';

/** A law imported into a project, without its text (see `findLaw` for that). */
export interface LawRecord {
  id: string;
  projectId: string;
  /** The law's place in the project's analysis (engine document index), by import order. */
  position: number;
  title: string;
  fileName: string;
  format: string;
  language: string;
  sizeBytes: number;
  articleCount: number;
  diagnosticCount: number;
  createdAt: string;
  createdBy: string;
  createdByName: string;
}

function selectLaws(db: Kysely<Database>) {
  return db
    .selectFrom('laws')
    .innerJoin('users', 'users.id', 'laws.created_by')
    .select([
      'laws.id',
      'laws.project_id',
      'laws.position',
      'laws.title',
      'laws.file_name',
      'laws.format',
      'laws.language',
      'laws.size_bytes',
      'laws.article_count',
      'laws.diagnostics_json',
      'laws.created_at',
      'laws.created_by',
      'users.name as created_by_name',
    ]);
}

type LawRow = Awaited<ReturnType<ReturnType<typeof selectLaws>['executeTakeFirstOrThrow']>>;

function toLawRecord(row: LawRow): LawRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    position: row.position,
    title: row.title,
    fileName: row.file_name,
    format: row.format,
    language: row.language,
    sizeBytes: row.size_bytes,
    articleCount: row.article_count,
    diagnosticCount: parseJson<Diagnostic[]>(row.diagnostics_json).length,
    createdAt: row.created_at,
    createdBy: row.created_by,
    createdByName: row.created_by_name,
  };
}

/** Stores an imported law after the project's last one (position 0 for the first). */
export function insertLaw(
  db: Kysely<Database>,
  input: {
    projectId: string;
    title: string;
    fileName: string;
    format: string;
    language: string;
    sizeBytes: number;
    document: LegalDocument;
    diagnostics: readonly Diagnostic[];
    articleCount: number;
    createdBy: string;
  },
): Promise<LawRecord> {
  const id = randomUUID();
  return withinTransaction(db, async (tx) => {
    const last = await tx
      .selectFrom('laws')
      .select((eb) => eb.fn.max('position').as('position'))
      .where('project_id', '=', input.projectId)
      .executeTakeFirst();
    const position = last?.position === null || last === undefined ? 0 : last.position + 1;
    await tx
      .insertInto('laws')
      .values({
        id,
        project_id: input.projectId,
        position,
        title: input.title,
        file_name: input.fileName,
        format: input.format,
        language: input.language,
        size_bytes: input.sizeBytes,
        document_json: toJson(input.document),
        diagnostics_json: toJson(input.diagnostics),
        article_count: input.articleCount,
        created_at: nowIso(),
        created_by: input.createdBy,
      })
      .execute();
    return toLawRecord(await selectLaws(tx).where('laws.id', '=', id).executeTakeFirstOrThrow());
  });
}

/** A project's laws, in analysis order. */
export async function listLaws(db: Kysely<Database>, projectId: string): Promise<LawRecord[]> {
  const rows = await selectLaws(db)
    .where('laws.project_id', '=', projectId)
    .orderBy('laws.position')
    .orderBy('laws.id')
    .execute();
  return rows.map(toLawRecord);
}

/**
 * A law with its document tree and import diagnostics; undefined when there is no such law
 * in this project (a law ID of another project is not found, whoever asks).
 */
export async function findLaw(
  db: Kysely<Database>,
  input: { projectId: string; lawId: string },
): Promise<(LawRecord & { document: LegalDocument; diagnostics: Diagnostic[] }) | undefined> {
  const row = await selectLaws(db)
    .select('laws.document_json')
    .where('laws.id', '=', input.lawId)
    .where('laws.project_id', '=', input.projectId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    ...toLawRecord(row),
    document: parseJson<LegalDocument>(row.document_json),
    diagnostics: parseJson<Diagnostic[]>(row.diagnostics_json),
  };
}

/** Every document tree of a project, in analysis order: the engine's input. */
export async function loadLawDocuments(
  db: Kysely<Database>,
  projectId: string,
): Promise<{ id: string; document: LegalDocument }[]> {
  const rows = await db
    .selectFrom('laws')
    .select(['id', 'document_json'])
    .where('project_id', '=', projectId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: row.id, document: parseJson<LegalDocument>(row.document_json) }));
}

/** Deletes a law of this project; false when there is none (or it is another project's). */
export async function deleteLaw(
  db: Kysely<Database>,
  input: { projectId: string; lawId: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('laws')
    .where('id', '=', input.lawId)
    .where('project_id', '=', input.projectId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
