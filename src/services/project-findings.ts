import type { Kysely } from 'kysely';
import type { FindingStatus } from '../contract/common.js';
import type {
  Comment,
  FindingDetail,
  FindingRow,
  FindingTable,
  MappingDecision,
} from '../contract/findings.js';
import type { ProjectAction } from '../core/access/permissions.js';
import type { Obligation } from '../core/catalogue/types.js';
import { isRowSummary, summariseEngineRecord } from '../core/review/engine-record.js';
import { listArticles, provisionLabel } from '../core/model/index.js';
import { appendAudit } from '../store/repos/audit.js';
import { insertComment, listComments } from '../store/repos/comments.js';
import {
  findFinding,
  listFindingSummaries,
  listFindings,
  updateFinding,
  type FindingRecord,
  type FindingWrite,
} from '../store/repos/findings.js';
import { findLaw } from '../store/repos/laws.js';
import type { ProjectRecord } from '../store/repos/projects.js';
import type { Database } from '../store/schema.js';
import type { Actor } from './accounts.js';
import { AppError } from './app-error.js';
import type { CachedTable } from './finding-table-cache.js';
import { engineOf, findingDetail, findingRow } from './finding-views.js';
import { requireProject } from './project-access.js';
import { announce, type Workspace } from './workspace.js';

export interface FindingFilter {
  readonly instrument?: string;
  readonly theme?: string;
  readonly status?: FindingStatus;
  readonly kind?: string;
  readonly unconfirmed?: boolean;
}

const order = new WeakMap<object, Map<string, number>>();

/** Position of each obligation in the catalogue, so tables follow the treaties' order. */
function catalogueOrder(workspace: Workspace): Map<string, number> {
  const key = workspace.catalogue;
  let positions = order.get(key);
  if (positions === undefined) {
    positions = new Map(
      workspace.catalogue.catalogue.obligations.map((item, index) => [item.id, index]),
    );
    order.set(key, positions);
  }
  return positions;
}

function obligationOf(workspace: Workspace, obligationId: string): Obligation {
  const obligation = workspace.catalogue.byId.get(obligationId);
  if (obligation === undefined) throw new AppError('not_found', `No obligation ${obligationId}`);
  return obligation;
}

const matches = (row: FindingRow, filter: FindingFilter): boolean =>
  (filter.instrument === undefined || row.instrument === filter.instrument) &&
  (filter.theme === undefined || row.theme === filter.theme) &&
  (filter.status === undefined || row.status === filter.status) &&
  (filter.kind === undefined || row.kind === filter.kind) &&
  (filter.unconfirmed !== true || row.confirmedAt === null);

/** The concordance table in catalogue order, filtered, with the review's progress. */
export async function findingTable(
  workspace: Workspace,
  request: { readonly actor: Actor; readonly projectId: string; readonly filter: FindingFilter },
): Promise<FindingTable> {
  const table = await cachedTable(workspace, request);
  return {
    findings: table.rows.filter((row) => matches(row, request.filter)),
    progress: progressOf(table),
    analysedAt: table.analysedAt,
  };
}

/** Bodies kept per table: the usual filters of the web app, not every combination. */
const MAX_BODIES_PER_TABLE = 32;

const filterKey = (filter: FindingFilter): string =>
  [filter.instrument, filter.theme, filter.status, filter.kind, filter.unconfirmed === true]
    .map((part) => String(part ?? ''))
    .join('|');

/**
 * The same table as `findingTable`, as the UTF-8 JSON body to send: rows are serialised once
 * per change of the project and each filter's body encoded once, not once per reader.
 */
export async function findingTableJson(
  workspace: Workspace,
  request: { readonly actor: Actor; readonly projectId: string; readonly filter: FindingFilter },
): Promise<Buffer> {
  const table = await cachedTable(workspace, request);
  const key = filterKey(request.filter);
  const kept = table.bodies.get(key);
  if (kept !== undefined) return kept;
  const rows = table.json.filter((_json, index) => {
    const row = table.rows[index];
    return row !== undefined && matches(row, request.filter);
  });
  const rest = JSON.stringify({ progress: progressOf(table), analysedAt: table.analysedAt });
  const body = Buffer.from(`{"findings":[${rows.join(',')}],${rest.slice(1)}`);
  if (table.bodies.size < MAX_BODIES_PER_TABLE) table.bodies.set(key, body);
  return body;
}

async function cachedTable(
  workspace: Workspace,
  request: { readonly actor: Actor; readonly projectId: string },
): Promise<CachedTable> {
  const { project } = await requireProject(workspace.store.db, {
    ...request,
    action: 'project.read',
  });
  const load = () => loadTable(workspace, project);
  return workspace.tables === undefined ? load() : workspace.tables.get(project.id, load);
}

const progressOf = (table: CachedTable): FindingTable['progress'] => ({
  confirmed: table.rows.filter((row) => row.confirmedAt !== null).length,
  total: table.rows.length,
});

async function loadTable(workspace: Workspace, project: ProjectRecord): Promise<CachedTable> {
  const positions = catalogueOrder(workspace);
  const db = workspace.store.db;
  const summaries = await listFindingSummaries(db, project.id);
  // Rows stored before summaries existed: read the full records once, until rewritten.
  const records = summaries.every((record) => isRowSummary(record.summary))
    ? summaries
    : await listFindings(db, project.id);
  const rows = records
    .flatMap((record) => {
      const obligation = workspace.catalogue.byId.get(record.obligationId);
      return obligation === undefined ? [] : [findingRow(record, obligation)];
    })
    .sort((a, b) => (positions.get(a.obligationId) ?? 0) - (positions.get(b.obligationId) ?? 0));
  return {
    rows,
    analysedAt: project.analysedAt,
    json: rows.map((row) => JSON.stringify(row)),
    bodies: new Map(),
  };
}

interface FindingRequest {
  readonly actor: Actor;
  readonly projectId: string;
  readonly obligationId: string;
}

async function loadFinding(
  db: Kysely<Database>,
  request: FindingRequest & { readonly action: ProjectAction },
): Promise<FindingRecord> {
  await requireProject(db, request);
  const record = await findFinding(db, request);
  if (record === undefined) {
    throw new AppError('not_found', `No finding for ${request.obligationId} in this project`);
  }
  return record;
}

export async function findingView(
  workspace: Workspace,
  request: FindingRequest,
): Promise<FindingDetail> {
  const db = workspace.store.db;
  const record = await loadFinding(db, { ...request, action: 'project.read' });
  const comments = await listComments(db, {
    projectId: request.projectId,
    targetType: 'finding',
    targetId: request.obligationId,
  });
  return findingDetail(record, {
    obligation: obligationOf(workspace, request.obligationId),
    comments,
  });
}

const writeOf = (record: FindingRecord): FindingWrite => ({
  projectId: record.projectId,
  obligationId: record.obligationId,
  status: record.status,
  engineStatus: record.engineStatus,
  engine: record.engine,
  summary: summariseEngineRecord(engineOf(record)),
  mappings: record.mappings,
  reason: record.reason,
  statusSetByAnalyst: record.statusSetByAnalyst,
  updatedById: record.updatedBy?.id ?? null,
  confirmedAt: record.confirmedAt,
  confirmedById: record.confirmedBy?.id ?? null,
});

/** What a change to a finding records in the audit log. */
const reviewState = (record: FindingRecord | FindingWrite): Record<string, unknown> => ({
  status: record.status,
  reason: record.reason,
  confirmedAt: record.confirmedAt,
  mappings: record.mappings
    .filter((mapping) => mapping.decision !== 'proposed')
    .map((mapping) => `${mapping.label}: ${mapping.decision}`),
});

/**
 * Applies a change to one finding if nobody changed it since `version`: read, check, write and
 * audit in one transaction, then tell the other analysts.
 */
async function changeFinding(
  workspace: Workspace,
  request: FindingRequest & {
    readonly action: ProjectAction;
    readonly version: number;
    readonly label: string;
  },
  change: (record: FindingRecord, tx: Kysely<Database>) => Promise<FindingWrite> | FindingWrite,
): Promise<FindingRow> {
  const saved = await workspace.store.transaction(async (tx) => {
    const record = await loadFinding(tx, request);
    if (record.version !== request.version) throw staleFinding(request.obligationId);
    const write = await change(record, tx);
    const updated = await updateFinding(tx, { write, expectedVersion: request.version });
    if (updated === 'conflict' || updated === undefined) throw staleFinding(request.obligationId);
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: request.label,
      objectType: request.label.startsWith('mapping') ? 'mapping' : 'finding',
      objectId: request.obligationId,
      before: reviewState(record),
      after: reviewState(write),
    });
    return updated;
  });
  await announce(workspace, {
    projectId: request.projectId,
    kind: 'finding',
    objectId: request.obligationId,
    actor: request.actor,
  });
  return findingRow(saved, obligationOf(workspace, request.obligationId));
}

const staleFinding = (obligationId: string): AppError =>
  new AppError(
    'conflict',
    `Someone changed ${obligationId} since you loaded it; reload and try again`,
  );

/** An analyst sets the status with a reason; a confirmation of another status no longer holds. */
export function setFindingStatus(
  workspace: Workspace,
  request: FindingRequest & {
    readonly status: FindingStatus;
    readonly reason: string;
    readonly version: number;
  },
): Promise<FindingRow> {
  return changeFinding(
    workspace,
    { ...request, action: 'finding.edit', label: 'finding.status' },
    (record) => {
      const keepsConfirmation = record.status === request.status;
      return {
        ...writeOf(record),
        status: request.status,
        reason: request.reason,
        statusSetByAnalyst: true,
        updatedById: request.actor.id,
        confirmedAt: keepsConfirmation ? record.confirmedAt : null,
        confirmedById: keepsConfirmation ? (record.confirmedBy?.id ?? null) : null,
      };
    },
  );
}

/** A reviewer confirms the finding as it stands. */
export function confirmFinding(
  workspace: Workspace,
  request: FindingRequest & { readonly version: number },
): Promise<FindingRow> {
  return changeFinding(
    workspace,
    { ...request, action: 'finding.confirm', label: 'finding.confirm' },
    (record) => ({
      ...writeOf(record),
      updatedById: request.actor.id,
      confirmedAt: new Date().toISOString(),
      confirmedById: request.actor.id,
    }),
  );
}

/** Accepts or rejects a provision as implementing the obligation (any article of the project's laws). */
export function decideMapping(
  workspace: Workspace,
  request: FindingRequest & {
    readonly lawId: string;
    readonly eId: string;
    readonly decision: MappingDecision;
    readonly version: number;
  },
): Promise<FindingRow> {
  return changeFinding(
    workspace,
    { ...request, action: 'finding.edit', label: `mapping.${request.decision}` },
    async (record, tx) => {
      const existing = record.mappings.find(
        (mapping) => mapping.lawId === request.lawId && mapping.eId === request.eId,
      );
      const label = existing?.label ?? (await articleLabel(tx, request));
      const others = record.mappings.filter((mapping) => mapping !== existing);
      return {
        ...writeOf(record),
        updatedById: request.actor.id,
        mappings: [
          ...others,
          {
            lawId: request.lawId,
            eId: request.eId,
            label,
            decision: request.decision,
            source: existing?.source ?? 'analyst',
          },
        ],
      };
    },
  );
}

async function articleLabel(
  tx: Kysely<Database>,
  request: { readonly projectId: string; readonly lawId: string; readonly eId: string },
): Promise<string> {
  const law = await findLaw(tx, request);
  const article =
    law === undefined
      ? undefined
      : listArticles(law.document).find((item) => item.eId === request.eId);
  if (law === undefined || article === undefined) {
    throw new AppError('not_found', `No article ${request.eId} in this project's laws`);
  }
  return `${provisionLabel(article, law.document)} ${article.num}`;
}

export async function commentOnFinding(
  workspace: Workspace,
  request: FindingRequest & { readonly body: string },
): Promise<Comment> {
  const comment = await workspace.store.transaction(async (tx) => {
    await loadFinding(tx, { ...request, action: 'comment.write' });
    const saved = await insertComment(tx, {
      projectId: request.projectId,
      targetType: 'finding',
      targetId: request.obligationId,
      authorId: request.actor.id,
      body: request.body,
    });
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'comment.add',
      objectType: 'comment',
      objectId: request.obligationId,
      after: { id: saved.id, body: saved.body },
    });
    return saved;
  });
  await announce(workspace, {
    projectId: request.projectId,
    kind: 'comment',
    objectId: request.obligationId,
    actor: request.actor,
  });
  return {
    id: comment.id,
    author: comment.author,
    body: comment.body,
    createdAt: comment.createdAt,
  };
}
