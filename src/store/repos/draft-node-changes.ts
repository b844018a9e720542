import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { nowIso } from './now-iso.js';
import { toPersonRef, type PersonRef } from './person-ref.js';

/** Who last changed one unit of a draft, at which revision and when. */
export interface DraftNodeChangeRecord {
  draftId: string;
  key: string;
  revision: number;
  changedBy: PersonRef | null;
  changedAt: string;
}

/** Rows per insert: five parameters each, well under SQLite's and PostgreSQL's limits. */
const BATCH = 500;

/** Records that `keys` of a draft were changed at `revision` by `changedById`, now. */
export async function recordNodeChanges(
  db: Kysely<Database>,
  input: {
    draftId: string;
    keys: readonly string[];
    revision: number;
    changedById: string | null;
  },
): Promise<void> {
  const keys = [...new Set(input.keys)];
  if (keys.length === 0) return;
  const at = nowIso();
  // A restore or a long paste touches every unit: rows go in batches the drivers accept.
  for (let start = 0; start < keys.length; start += BATCH) {
    await db
      .insertInto('draft_node_changes')
      .values(
        keys.slice(start, start + BATCH).map((key) => ({
          draft_id: input.draftId,
          node_key: key,
          revision: input.revision,
          changed_by: input.changedById,
          changed_at: at,
        })),
      )
      .onConflict((conflict) =>
        conflict.columns(['draft_id', 'node_key']).doUpdateSet((eb) => ({
          revision: eb.ref('excluded.revision'),
          changed_by: eb.ref('excluded.changed_by'),
          changed_at: eb.ref('excluded.changed_at'),
        })),
      )
      .execute();
  }
}

/** The last change of one unit; undefined when it was never changed since the draft began. */
export async function findNodeChange(
  db: Kysely<Database>,
  input: { draftId: string; key: string },
): Promise<DraftNodeChangeRecord | undefined> {
  const row = await db
    .selectFrom('draft_node_changes')
    .leftJoin('users', 'users.id', 'draft_node_changes.changed_by')
    .selectAll('draft_node_changes')
    .select('users.name as changer_name')
    .where('draft_node_changes.draft_id', '=', input.draftId)
    .where('draft_node_changes.node_key', '=', input.key)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    draftId: row.draft_id,
    key: row.node_key,
    revision: row.revision,
    changedBy: toPersonRef(row.changed_by, row.changer_name),
    changedAt: row.changed_at,
  };
}
