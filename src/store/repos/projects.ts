import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { PROJECT_ROLES } from '../../core/access/permissions.js';
import type { ProjectRole } from '../../core/access/permissions.js';
import type { Database, ProjectsTable } from '../schema.js';
import { nowIso } from './now-iso.js';
import { withinTransaction } from './within-transaction.js';

/** A law-reform project: one country's laws analysed against the catalogue. */
export interface ProjectRecord {
  id: string;
  name: string;
  country: string;
  language: 'fr' | 'en';
  description: string;
  createdAt: string;
  createdBy: string;
  analysedAt: string | null;
  catalogueVersion: string | null;
}

/** A project member with the name and address to show. */
export interface MemberRecord {
  userId: string;
  name: string;
  email: string;
  role: ProjectRole;
}

/** The role a `members.role` value names; throws on a value no code writes. */
function toRole(value: string): ProjectRole {
  const role = PROJECT_ROLES.find((known) => known === value);
  if (role === undefined) throw new Error(`Unknown project role in the database: ${value}`);
  return role;
}

function toProjectRecord(row: Selectable<ProjectsTable>): ProjectRecord {
  return {
    id: row.id,
    name: row.name,
    country: row.country,
    language: row.language === 'en' ? 'en' : 'fr',
    description: row.description,
    createdAt: row.created_at,
    createdBy: row.created_by,
    analysedAt: row.analysed_at,
    catalogueVersion: row.catalogue_version,
  };
}

/** Creates a project and makes its creator an owner, atomically. */
export function insertProject(
  db: Kysely<Database>,
  input: {
    name: string;
    country: string;
    language: string;
    description: string;
    createdBy: string;
  },
): Promise<ProjectRecord> {
  const now = nowIso();
  const row: Selectable<ProjectsTable> = {
    id: randomUUID(),
    name: input.name,
    country: input.country,
    language: input.language,
    description: input.description,
    created_at: now,
    created_by: input.createdBy,
    analysed_at: null,
    catalogue_version: null,
  };
  return withinTransaction(db, async (tx) => {
    await tx.insertInto('projects').values(row).execute();
    await tx
      .insertInto('members')
      .values({ project_id: row.id, user_id: input.createdBy, role: 'owner', added_at: now })
      .execute();
    return toProjectRecord(row);
  });
}

/** The project with this ID. */
export async function findProject(
  db: Kysely<Database>,
  id: string,
): Promise<ProjectRecord | undefined> {
  const row = await db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toProjectRecord(row);
}

/**
 * The projects a user belongs to with their role, by name; with `all` (a site admin) every
 * project, the role null where they are not a member.
 */
export async function listProjectsForUser(
  db: Kysely<Database>,
  input: { userId: string; all: boolean },
): Promise<(ProjectRecord & { role: ProjectRole | null })[]> {
  const rows = await db
    .selectFrom('projects')
    .leftJoin('members', (join) =>
      join.onRef('members.project_id', '=', 'projects.id').on('members.user_id', '=', input.userId),
    )
    .selectAll('projects')
    .select('members.role')
    .$if(!input.all, (query) => query.where('members.role', 'is not', null))
    .orderBy('projects.name')
    .orderBy('projects.id')
    .execute();
  return rows.map(({ role, ...row }) => ({
    ...toProjectRecord(row),
    role: role === null ? null : toRole(role),
  }));
}

/** A user's role in a project; undefined when they are not a member. */
export async function roleOf(
  db: Kysely<Database>,
  input: { projectId: string; userId: string },
): Promise<ProjectRole | undefined> {
  const row = await db
    .selectFrom('members')
    .select('role')
    .where('project_id', '=', input.projectId)
    .where('user_id', '=', input.userId)
    .executeTakeFirst();
  return row && toRole(row.role);
}

function selectMembers(db: Kysely<Database>, projectId: string) {
  return db
    .selectFrom('members')
    .innerJoin('users', 'users.id', 'members.user_id')
    .select(['members.user_id', 'members.role', 'users.name', 'users.email'])
    .where('members.project_id', '=', projectId);
}

/** A project's members, by name. */
export async function listMembers(
  db: Kysely<Database>,
  projectId: string,
): Promise<MemberRecord[]> {
  const rows = await selectMembers(db, projectId)
    .orderBy('users.name')
    .orderBy('users.email')
    .execute();
  return rows.map((row) => ({
    userId: row.user_id,
    name: row.name,
    email: row.email,
    role: toRole(row.role),
  }));
}

/** Adds a member, or changes the role of one already there. */
export async function upsertMember(
  db: Kysely<Database>,
  input: { projectId: string; userId: string; role: ProjectRole },
): Promise<MemberRecord> {
  await db
    .insertInto('members')
    .values({
      project_id: input.projectId,
      user_id: input.userId,
      role: input.role,
      added_at: nowIso(),
    })
    .onConflict((conflict) =>
      conflict.columns(['project_id', 'user_id']).doUpdateSet({ role: input.role }),
    )
    .execute();
  const row = await selectMembers(db, input.projectId)
    .where('members.user_id', '=', input.userId)
    .executeTakeFirstOrThrow();
  return { userId: row.user_id, name: row.name, email: row.email, role: toRole(row.role) };
}

/** Removes a member; false when they were not one. */
export async function removeMember(
  db: Kysely<Database>,
  input: { projectId: string; userId: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('members')
    .where('project_id', '=', input.projectId)
    .where('user_id', '=', input.userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** How many owners a project has (the last one may not leave or be demoted). */
export async function countOwners(db: Kysely<Database>, projectId: string): Promise<number> {
  const row = await db
    .selectFrom('members')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('project_id', '=', projectId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Records that the engine ran over the project's laws, and with which catalogue. */
export async function markAnalysed(
  db: Kysely<Database>,
  input: { projectId: string; at: string; catalogueVersion: string },
): Promise<void> {
  await db
    .updateTable('projects')
    .set({ analysed_at: input.at, catalogue_version: input.catalogueVersion })
    .where('id', '=', input.projectId)
    .execute();
}
