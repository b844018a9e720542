import { FINDING_STATUSES, type FindingStatus } from '../contract/common.js';
import type { Dashboard } from '../contract/dashboard.js';
import type { AuditEvent } from '../contract/audit.js';
import { listAudit } from '../store/repos/audit.js';
import { listLaws } from '../store/repos/laws.js';
import type { Actor } from './accounts.js';
import { requireProject } from './project-access.js';
import { findingTable } from './project-findings.js';
import type { Workspace } from './workspace.js';

type Counts = Record<FindingStatus, number>;
const emptyCounts = (): Counts =>
  Object.fromEntries(FINDING_STATUSES.map((status) => [status, 0])) as Counts;

/** Counts per status, overall and per theme and instrument (in catalogue order). */
export async function projectDashboard(
  workspace: Workspace,
  request: { readonly actor: Actor; readonly projectId: string },
): Promise<Dashboard> {
  const table = await findingTable(workspace, { ...request, filter: {} });
  const counts = emptyCounts();
  const groups = { theme: new Map<string, Counts>(), instrument: new Map<string, Counts>() };
  for (const row of table.findings) {
    counts[row.status] += 1;
    for (const [axis, key] of [
      ['theme', row.theme],
      ['instrument', row.instrument],
    ] as const) {
      const group = groups[axis].get(key) ?? emptyCounts();
      group[row.status] += 1;
      groups[axis].set(key, group);
    }
  }
  const list = (map: Map<string, Counts>): Dashboard['byTheme'] =>
    [...map].map(([key, group]) => ({
      key,
      counts: group,
      total: Object.values(group).reduce((sum, value) => sum + value, 0),
    }));
  return {
    counts,
    total: table.progress.total,
    confirmed: table.progress.confirmed,
    byTheme: list(groups.theme),
    byInstrument: list(groups.instrument),
    laws: (await listLaws(workspace.store.db, request.projectId)).length,
    analysedAt: table.analysedAt,
  };
}

/** The audit log of a project or of one object in it, newest first. */
export async function projectAudit(
  workspace: Workspace,
  request: {
    readonly actor: Actor;
    readonly projectId: string;
    readonly objectType?: string;
    readonly objectId?: string;
    readonly limit: number;
  },
): Promise<AuditEvent[]> {
  await requireProject(workspace.store.db, { ...request, action: 'project.read' });
  const events = await listAudit(workspace.store.db, {
    projectId: request.projectId,
    limit: request.limit,
    ...(request.objectType === undefined ? {} : { objectType: request.objectType }),
    ...(request.objectId === undefined ? {} : { objectId: request.objectId }),
  });
  return events.map((event) => ({
    id: event.id,
    at: event.at,
    actor: event.actor,
    action: event.action,
    objectType: event.objectType as AuditEvent['objectType'],
    objectId: event.objectId,
    before: event.before ?? null,
    after: event.after ?? null,
  }));
}
