import type { Member, Project } from '../contract/projects.js';
import { actionsOf, type ProjectRole } from '../core/access/permissions.js';
import { appendAudit } from '../store/repos/audit.js';
import {
  countOwners,
  insertProject,
  listMembers,
  listProjectsForUser,
  removeMember,
  roleOf,
  upsertMember,
  type MemberRecord,
  type ProjectRecord,
} from '../store/repos/projects.js';
import { findUserByEmail } from '../store/repos/users.js';
import type { Actor } from './accounts.js';
import { AppError } from './app-error.js';
import { requireProject } from './project-access.js';
import { announce, type Workspace } from './workspace.js';

function projectView(project: ProjectRecord, role: ProjectRole | null, actor: Actor): Project {
  const acting = role ?? (actor.isAdmin ? 'owner' : undefined);
  return {
    id: project.id,
    name: project.name,
    country: project.country,
    language: project.language,
    description: project.description,
    createdAt: project.createdAt,
    role,
    actions: [...actionsOf(acting)],
  };
}

const memberView = (member: MemberRecord): Member => ({
  user: { id: member.userId, name: member.name },
  email: member.email,
  role: member.role,
});

export async function listProjects(workspace: Workspace, actor: Actor): Promise<Project[]> {
  const projects = await listProjectsForUser(workspace.store.db, {
    userId: actor.id,
    all: actor.isAdmin,
  });
  return projects.map((project) => projectView(project, project.role, actor));
}

export interface NewProject {
  readonly name: string;
  readonly country: string;
  readonly language: 'fr' | 'en';
  readonly description: string;
}

/** Creates a project; its creator is its first owner. */
export async function createProject(
  workspace: Workspace,
  request: { readonly actor: Actor; readonly input: NewProject },
): Promise<Project> {
  const project = await workspace.store.transaction(async (tx) => {
    const created = await insertProject(tx, { ...request.input, createdBy: request.actor.id });
    await appendAudit(tx, {
      projectId: created.id,
      actorId: request.actor.id,
      action: 'project.create',
      objectType: 'project',
      objectId: created.id,
      after: request.input,
    });
    return created;
  });
  return projectView(project, 'owner', request.actor);
}

export async function getProject(
  workspace: Workspace,
  request: { readonly actor: Actor; readonly projectId: string },
): Promise<Project> {
  const { project } = await requireProject(workspace.store.db, {
    ...request,
    action: 'project.read',
  });
  const role = await roleOf(workspace.store.db, {
    projectId: project.id,
    userId: request.actor.id,
  });
  return projectView(project, role ?? null, request.actor);
}

export async function projectMembers(
  workspace: Workspace,
  request: { readonly actor: Actor; readonly projectId: string },
): Promise<Member[]> {
  await requireProject(workspace.store.db, { ...request, action: 'project.read' });
  return (await listMembers(workspace.store.db, request.projectId)).map(memberView);
}

interface MemberChange {
  readonly actor: Actor;
  readonly projectId: string;
}

/** Adds an existing account to a project, or changes the role of one already in it. */
export async function setMember(
  workspace: Workspace,
  request: MemberChange & {
    readonly email?: string;
    readonly userId?: string;
    readonly role: ProjectRole;
  },
): Promise<Member> {
  const member = await workspace.store.transaction(async (tx) => {
    await requireProject(tx, { ...request, action: 'members.manage' });
    const userId =
      request.userId ??
      (await findUserByEmail(tx, request.email ?? ''))?.id ??
      failNoAccount(request.email ?? '');
    const before = await roleOf(tx, { projectId: request.projectId, userId });
    if (request.userId !== undefined && before === undefined) {
      throw new AppError('not_found', 'Member not found');
    }
    if (before === 'owner' && request.role !== 'owner') await keepAnOwner(tx, request.projectId);
    const saved = await upsertMember(tx, {
      projectId: request.projectId,
      userId,
      role: request.role,
    });
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: before === undefined ? 'member.add' : 'member.role',
      objectType: 'member',
      objectId: userId,
      before: before === undefined ? null : { role: before },
      after: { role: request.role },
    });
    return saved;
  });
  await announce(workspace, {
    projectId: request.projectId,
    kind: 'member',
    objectId: member.userId,
    actor: request.actor,
  });
  return memberView(member);
}

function failNoAccount(email: string): never {
  throw new AppError('not_found', `No account uses ${email}; a site admin must create it first`);
}

async function keepAnOwner(tx: Workspace['store']['db'], projectId: string): Promise<void> {
  if ((await countOwners(tx, projectId)) <= 1) {
    throw new AppError('conflict', 'A project must keep at least one owner');
  }
}

export async function dropMember(
  workspace: Workspace,
  request: MemberChange & { readonly userId: string },
): Promise<void> {
  await workspace.store.transaction(async (tx) => {
    await requireProject(tx, { ...request, action: 'members.manage' });
    const before = await roleOf(tx, request);
    if (before === undefined) throw new AppError('not_found', 'Member not found');
    if (before === 'owner') await keepAnOwner(tx, request.projectId);
    await removeMember(tx, request);
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'member.remove',
      objectType: 'member',
      objectId: request.userId,
      before: { role: before },
    });
  });
  await announce(workspace, {
    projectId: request.projectId,
    kind: 'member',
    objectId: request.userId,
    actor: request.actor,
  });
}
