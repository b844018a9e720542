import type { Insertable, Kysely } from 'kysely';
import type { Database, FindingsTable } from '../schema.js';
import { parseJson, toJson } from './json-column.js';
import { nowIso } from './now-iso.js';
import { toPersonRef } from './person-ref.js';
import type { PersonRef } from './person-ref.js';
import { withinTransaction } from './within-transaction.js';

/** A provision linked to a finding, with the analyst's decision on it. */
export interface MappingRecord {
  lawId: string;
  eId: string;
  label: string;
  decision: 'proposed' | 'accepted' | 'rejected';
  source: 'engine' | 'analyst';
}

export type { PersonRef } from './person-ref.js';

/** A project's finding on one obligation. */
export interface FindingRecord {
  projectId: string;
  obligationId: string;
  status: string;
  engineStatus: string;
  /** The engine's finding as JSON; its shape belongs to the caller. */
  engine: unknown;
  /** What a table of findings shows of `engine`, as JSON of the caller's shape (`{}` if none). */
  summary: unknown;
  mappings: MappingRecord[];
  reason: string;
  statusSetByAnalyst: boolean;
  updatedAt: string;
  updatedBy: PersonRef | null;
  confirmedAt: string | null;
  confirmedBy: PersonRef | null;
  /** Optimistic lock: 1 when inserted, one more on each update. */
  version: number;
}

/** What a caller writes: the record without what the store sets or joins. */
export type FindingWrite = Omit<
  FindingRecord,
  'updatedBy' | 'confirmedBy' | 'version' | 'updatedAt'
> & {
  updatedById: string | null;
  confirmedById: string | null;
};

function selectFindings(db: Kysely<Database>) {
  return db
    .selectFrom('findings')
    .leftJoin('users as updater', 'updater.id', 'findings.updated_by')
    .leftJoin('users as confirmer', 'confirmer.id', 'findings.confirmed_by')
    .selectAll('findings')
    .select(['updater.name as updater_name', 'confirmer.name as confirmer_name']);
}

type FindingRow = Awaited<ReturnType<ReturnType<typeof selectFindings>['executeTakeFirstOrThrow']>>;

function toSummaryRecord(row: Omit<FindingRow, 'engine_json'>): FindingSummaryRecord {
  return {
    projectId: row.project_id,
    obligationId: row.obligation_id,
    status: row.status,
    engineStatus: row.engine_status,
    summary: parseJson<unknown>(row.summary_json),
    mappings: parseJson<MappingRecord[]>(row.mappings_json),
    reason: row.reason,
    statusSetByAnalyst: row.status_set_by_analyst === 1,
    updatedAt: row.updated_at,
    updatedBy: toPersonRef(row.updated_by, row.updater_name),
    confirmedAt: row.confirmed_at,
    confirmedBy: toPersonRef(row.confirmed_by, row.confirmer_name),
    version: row.version,
  };
}

function toFindingRecord(row: FindingRow): FindingRecord {
  return { ...toSummaryRecord(row), engine: parseJson<unknown>(row.engine_json) };
}

/** The columns a write sets (all but the key's place in the WHERE and the version). */
function toColumns(write: FindingWrite, updatedAt: string) {
  return {
    status: write.status,
    engine_status: write.engineStatus,
    engine_json: toJson(write.engine),
    summary_json: toJson(write.summary),
    mappings_json: toJson(write.mappings),
    reason: write.reason,
    status_set_by_analyst: write.statusSetByAnalyst ? 1 : 0,
    updated_at: updatedAt,
    updated_by: write.updatedById,
    confirmed_at: write.confirmedAt,
    confirmed_by: write.confirmedById,
  };
}

/** A project's findings, by obligation ID, with the names of who updated and confirmed them. */
export async function listFindings(
  db: Kysely<Database>,
  projectId: string,
): Promise<FindingRecord[]> {
  const rows = await selectFindings(db)
    .where('findings.project_id', '=', projectId)
    .orderBy('findings.obligation_id')
    .execute();
  return rows.map(toFindingRecord);
}

/** A finding without the engine's full record, for tables: light to read and to parse. */
export type FindingSummaryRecord = Omit<FindingRecord, 'engine'>;

/** A project's findings as `listFindings` gives them, without the engine's full record. */
export async function listFindingSummaries(
  db: Kysely<Database>,
  projectId: string,
): Promise<FindingSummaryRecord[]> {
  const rows = await db
    .selectFrom('findings')
    .leftJoin('users as updater', 'updater.id', 'findings.updated_by')
    .leftJoin('users as confirmer', 'confirmer.id', 'findings.confirmed_by')
    .select([
      'findings.project_id',
      'findings.obligation_id',
      'findings.status',
      'findings.engine_status',
      'findings.summary_json',
      'findings.mappings_json',
      'findings.reason',
      'findings.status_set_by_analyst',
      'findings.updated_at',
      'findings.updated_by',
      'findings.confirmed_at',
      'findings.confirmed_by',
      'findings.version',
      'updater.name as updater_name',
      'confirmer.name as confirmer_name',
    ])
    .where('findings.project_id', '=', projectId)
    .orderBy('findings.obligation_id')
    .execute();
  return rows.map(toSummaryRecord);
}

/** One finding. */
export async function findFinding(
  db: Kysely<Database>,
  input: { projectId: string; obligationId: string },
): Promise<FindingRecord | undefined> {
  const row = await selectFindings(db)
    .where('findings.project_id', '=', input.projectId)
    .where('findings.obligation_id', '=', input.obligationId)
    .executeTakeFirst();
  return row && toFindingRecord(row);
}

/** Rows per INSERT: 13 columns each stays far below SQLite's and PostgreSQL's bind limits. */
const INSERT_CHUNK = 50;

/** Adds findings at version 1 (an analysis run), all or none: one already there rejects all. */
export async function insertFindings(
  db: Kysely<Database>,
  rows: readonly FindingWrite[],
): Promise<void> {
  const now = nowIso();
  const values: Insertable<FindingsTable>[] = rows.map((write) => ({
    project_id: write.projectId,
    obligation_id: write.obligationId,
    ...toColumns(write, now),
    version: 1,
  }));
  if (values.length === 0) return;
  await withinTransaction(db, async (tx) => {
    for (let start = 0; start < values.length; start += INSERT_CHUNK) {
      await tx
        .insertInto('findings')
        .values(values.slice(start, start + INSERT_CHUNK))
        .execute();
    }
  });
}

/**
 * Writes a finding only if its stored version is `expectedVersion`, and bumps the version:
 * one atomic UPDATE, so of two writers holding the same version exactly one wins.
 * Returns the stored finding, 'conflict' when the version is stale, undefined when there is
 * no such finding.
 */
export async function updateFinding(
  db: Kysely<Database>,
  input: { write: FindingWrite; expectedVersion: number },
): Promise<FindingRecord | 'conflict' | undefined> {
  const { write, expectedVersion } = input;
  const key = { projectId: write.projectId, obligationId: write.obligationId };
  const result = await db
    .updateTable('findings')
    .set((eb) => ({ ...toColumns(write, nowIso()), version: eb('version', '+', 1) }))
    .where('project_id', '=', key.projectId)
    .where('obligation_id', '=', key.obligationId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    return (await findFinding(db, key)) === undefined ? undefined : 'conflict';
  }
  return findFinding(db, key);
}

/** Deletes the named findings of a project (obligations gone from the catalogue). */
export async function deleteFindings(
  db: Kysely<Database>,
  input: { projectId: string; obligationIds: readonly string[] },
): Promise<void> {
  for (let start = 0; start < input.obligationIds.length; start += 500) {
    await db
      .deleteFrom('findings')
      .where('project_id', '=', input.projectId)
      .where('obligation_id', 'in', input.obligationIds.slice(start, start + 500))
      .execute();
  }
}
