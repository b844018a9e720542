import { can, type ProjectAction, type ProjectRole } from '../core/access/permissions.js';
import { findProject, roleOf, type ProjectRecord } from '../store/repos/projects.js';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Actor } from './accounts.js';
import { AppError } from './app-error.js';

export interface ProjectAccess {
  readonly project: ProjectRecord;
  /** The actor's role; a site admin who is not a member acts as an owner. */
  readonly role: ProjectRole;
}

/**
 * The project, if the actor may do `action` in it. Someone who is not a member is told the
 * project does not exist, so projects leak nothing to outsiders; a member lacking the role
 * is told so.
 */
export async function requireProject(
  db: Kysely<Database>,
  request: { readonly projectId: string; readonly actor: Actor; readonly action: ProjectAction },
): Promise<ProjectAccess> {
  const [project, memberRole] = await Promise.all([
    findProject(db, request.projectId),
    roleOf(db, { projectId: request.projectId, userId: request.actor.id }),
  ]);
  const role = memberRole ?? (request.actor.isAdmin ? 'owner' : undefined);
  if (project === undefined || role === undefined)
    throw new AppError('not_found', 'Project not found');
  if (!can(role, request.action)) {
    throw new AppError('forbidden', `Your role (${role}) does not allow this (${request.action})`);
  }
  return { project, role };
}
