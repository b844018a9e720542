import { expect } from 'vitest';
import type { ProjectRole } from '../../core/access/permissions.js';
import { buildUser } from '../../store/testing/factories.js';
import { actorOf, type Actor } from '../accounts.js';
import { AppError } from '../app-error.js';
import { createProject, setMember } from '../projects.js';
import type { Workspace } from '../workspace.js';

/** Who acts in a use-case test: a member of each role asked for, the owner, and an outsider. */
export interface ProjectPeople {
  readonly projectId: string;
  as(role: ProjectRole | 'outsider'): Actor;
}

/** A French project "Mali" with its owner, one member per role in `roles`, and an outsider. */
export async function projectWithPeople(
  workspace: Workspace,
  roles: readonly Exclude<ProjectRole, 'owner'>[],
): Promise<ProjectPeople> {
  const db = workspace.store.db;
  const people = new Map<ProjectRole | 'outsider', Actor>();
  const owner = actorOf(await buildUser(db, { name: 'Owner' }));
  people.set('owner', owner);
  const project = await createProject(workspace, {
    actor: owner,
    input: { name: 'Mali', country: 'ML', language: 'fr', description: '' },
  });
  for (const role of roles) {
    const user = await buildUser(db, { name: `A ${role}` });
    await setMember(workspace, { actor: owner, projectId: project.id, email: user.email, role });
    people.set(role, actorOf(user));
  }
  people.set('outsider', actorOf(await buildUser(db, { name: 'Outsider' })));
  return {
    projectId: project.id,
    as(role) {
      const actor = people.get(role);
      if (actor === undefined) throw new Error(`no ${role} in this test's project`);
      return actor;
    },
  };
}

/** Awaits `promise` and checks it failed with the AppError `code` (and `message`, if given). */
export async function expectAppError(
  promise: Promise<unknown>,
  code: string,
  message?: RegExp,
): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message !== undefined) expect((error as AppError).message).toMatch(message);
  return error as AppError;
}
