import type { Kysely } from 'kysely';
import { FINDING_STATUSES, type FindingStatus } from '../contract/common.js';
import type {
  RegionalCountry,
  RegionalGap,
  RegionalMatrix,
  RegionalQuery,
  RegionalRow,
  RegionalThemeRow,
} from '../contract/regional.js';
import type { Obligation } from '../core/catalogue/types.js';
import { listProjectsForUser, type ProjectRecord } from '../store/repos/projects.js';
import type { Database } from '../store/schema.js';
import type { Actor } from './accounts.js';
import type { Workspace } from './workspace.js';

type Counts = Record<FindingStatus, number>;
const emptyCounts = (): Counts =>
  Object.fromEntries(FINDING_STATUSES.map((status) => [status, 0])) as Counts;

const isStatus = (value: string): value is FindingStatus =>
  (FINDING_STATUSES as readonly string[]).includes(value);

/** Gaps the summary lists: the obligations most often missing or partial. */
const MAX_GAPS = 15;

/** IDs per `IN (…)`: far below the bind limits of both dialects. */
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK)
    parts.push(items.slice(start, start + CHUNK));
  return parts;
}

/** Every finding's status in these projects: one query (per 500 projects), no engine records. */
async function statusesOf(
  db: Kysely<Database>,
  projectIds: readonly string[],
): Promise<Map<string, Map<string, FindingStatus>>> {
  const byProject = new Map<string, Map<string, FindingStatus>>(
    projectIds.map((id) => [id, new Map()]),
  );
  for (const part of chunks(projectIds)) {
    const rows = await db
      .selectFrom('findings')
      .select(['project_id', 'obligation_id', 'status'])
      .where('project_id', 'in', part)
      .execute();
    for (const row of rows) {
      if (isStatus(row.status)) byProject.get(row.project_id)?.set(row.obligation_id, row.status);
    }
  }
  return byProject;
}

/** The titles of each project's laws, in their order: one query. */
async function lawTitlesOf(
  db: Kysely<Database>,
  projectIds: readonly string[],
): Promise<Map<string, string[]>> {
  const titles = new Map<string, string[]>(projectIds.map((id) => [id, []]));
  for (const part of chunks(projectIds)) {
    const rows = await db
      .selectFrom('laws')
      .select(['project_id', 'title'])
      .where('project_id', 'in', part)
      .orderBy('project_id')
      .orderBy('position')
      .execute();
    for (const row of rows) titles.get(row.project_id)?.push(row.title);
  }
  return titles;
}

/** The projects the actor may read (all for a site admin), narrowed to those asked for. */
async function readableProjects(
  workspace: Workspace,
  actor: Actor,
  wanted: readonly string[] | undefined,
): Promise<ProjectRecord[]> {
  const projects = await listProjectsForUser(workspace.store.db, {
    userId: actor.id,
    all: actor.isAdmin,
  });
  if (wanted === undefined || wanted.length === 0) return projects;
  const asked = new Set(wanted);
  return projects.filter((project) => asked.has(project.id));
}

const share = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000;

/**
 * The regional comparison: the countries the actor may read × the catalogue's obligations (or
 * themes), each cell a finding's status with what opens it, the counts per country and the
 * obligations most often missing or partial across the region. Read in two queries whatever
 * the number of countries.
 */
export async function regionalMatrix(
  workspace: Workspace,
  request: { readonly actor: Actor; readonly query: RegionalQuery },
): Promise<RegionalMatrix> {
  const { query } = request;
  const db = workspace.store.db;
  const projects = await readableProjects(workspace, request.actor, query.projects);
  const ids = projects.map((project) => project.id);
  const [statuses, laws] = await Promise.all([statusesOf(db, ids), lawTitlesOf(db, ids)]);
  const instruments = query.instruments?.length ? new Set<string>(query.instruments) : undefined;
  const themes = query.themes?.length ? new Set(query.themes) : undefined;
  const wantedStatuses = query.statuses?.length ? new Set(query.statuses) : undefined;
  const columns = projects.map(
    (project) => statuses.get(project.id) ?? new Map<string, FindingStatus>(),
  );

  const rows: RegionalRow[] = [];
  const shown: Obligation[] = [];
  for (const obligation of workspace.catalogue.catalogue.obligations) {
    if (instruments !== undefined && !instruments.has(obligation.instrument)) continue;
    if (themes !== undefined && !themes.has(obligation.theme)) continue;
    const cells = projects.map((project, index) => ({
      projectId: project.id,
      obligationId: obligation.id,
      status: columns[index]?.get(obligation.id) ?? null,
    }));
    if (cells.every((cell) => cell.status === null)) continue;
    if (
      wantedStatuses !== undefined &&
      !cells.some((cell) => cell.status !== null && wantedStatuses.has(cell.status))
    )
      continue;
    shown.push(obligation);
    rows.push({
      obligationId: obligation.id,
      title: obligation.title,
      theme: obligation.theme,
      instrument: obligation.instrument,
      cells,
    });
  }

  const countries: RegionalCountry[] = projects.map((project, index) => {
    const counts = emptyCounts();
    for (const row of rows) {
      const status = row.cells[index]?.status;
      if (status !== null && status !== undefined) counts[status] += 1;
    }
    const total = FINDING_STATUSES.reduce((sum, status) => sum + counts[status], 0);
    const assessable = total - counts.not_applicable;
    return {
      projectId: project.id,
      name: project.name,
      country: project.country,
      laws: laws.get(project.id) ?? [],
      analysedAt: project.analysedAt,
      counts,
      coverage: share(counts.aligned, assessable),
      partialCoverage: share(counts.aligned + counts.partial, assessable),
    };
  });

  const themeRows: RegionalThemeRow[] = [];
  if (query.level === 'theme') {
    const byTheme = new Map<string, RegionalRow[]>();
    for (const row of rows) {
      const members = byTheme.get(row.theme);
      if (members === undefined) byTheme.set(row.theme, [row]);
      else members.push(row);
    }
    for (const [theme, members] of byTheme) {
      themeRows.push({
        theme,
        obligations: members.length,
        cells: projects.map((project, index) => {
          const counts = emptyCounts();
          for (const row of members) {
            const status = row.cells[index]?.status;
            if (status !== null && status !== undefined) counts[status] += 1;
          }
          return { projectId: project.id, counts };
        }),
      });
    }
  }

  const gaps: RegionalGap[] = rows
    .map((row) => {
      const missing = row.cells.filter((cell) => cell.status === 'missing');
      const partial = row.cells.filter((cell) => cell.status === 'partial');
      return {
        obligationId: row.obligationId,
        title: row.title,
        theme: row.theme,
        missing: missing.map((cell) => cell.projectId),
        partial: partial.map((cell) => cell.projectId),
        countries: missing.length + partial.length,
      };
    })
    .filter((gap) => gap.countries > 0)
    // Most countries first, then most countries where it is missing outright; catalogue order.
    .map((gap, position) => ({ gap, position }))
    .sort(
      (a, b) =>
        b.gap.countries - a.gap.countries ||
        b.gap.missing.length - a.gap.missing.length ||
        a.position - b.position,
    )
    .slice(0, MAX_GAPS)
    .map(({ gap }) => gap);

  return { level: query.level, countries, rows, themes: themeRows, summary: { gaps } };
}
