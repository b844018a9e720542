import { describe, expect, it } from 'vitest';
import { buildProject, buildUser } from '../testing/factories.js';
import { TEST_DIALECTS } from '../testing/test-stores.js';
import { useTestStore } from '../testing/use-test-store.js';
import {
  countOwners,
  findProject,
  insertProject,
  listMembers,
  listProjectsForUser,
  markAnalysed,
  removeMember,
  roleOf,
  upsertMember,
} from './projects.js';

describe.each(TEST_DIALECTS)('projects on %s', (dialect) => {
  const { db } = useTestStore(dialect);

  it('creates a project whose creator is its owner', async () => {
    const owner = await buildUser(db(), { name: 'Owner' });
    const project = await insertProject(db(), {
      name: 'Mali 2026',
      country: 'ML',
      language: 'fr',
      description: 'Revue',
      createdBy: owner.id,
    });
    expect(await findProject(db(), project.id)).toEqual({
      ...project,
      analysedAt: null,
      catalogueVersion: null,
    });
    expect(await roleOf(db(), { projectId: project.id, userId: owner.id })).toBe('owner');
    expect(await listMembers(db(), project.id)).toEqual([
      { userId: owner.id, name: 'Owner', email: owner.email, role: 'owner' },
    ]);
  });

  it('creates nothing when the creator does not exist', async () => {
    await expect(buildProject(db(), { createdBy: 'nobody' })).rejects.toThrow();
    expect(await db().selectFrom('projects').selectAll().execute()).toEqual([]);
  });

  it('lists a user’s projects by name with their role; a site admin sees every project', async () => {
    const user = await buildUser(db());
    const mine = await buildProject(db(), { name: 'B mine', createdBy: user.id });
    const shared = await buildProject(db(), { name: 'A shared' });
    const other = await buildProject(db(), { name: 'C other' });
    await upsertMember(db(), { projectId: shared.id, userId: user.id, role: 'reviewer' });
    const listed = await listProjectsForUser(db(), { userId: user.id, all: false });
    expect(listed.map((p) => [p.id, p.role])).toEqual([
      [shared.id, 'reviewer'],
      [mine.id, 'owner'],
    ]);
    const all = await listProjectsForUser(db(), { userId: user.id, all: true });
    expect(all.map((p) => [p.id, p.role])).toEqual([
      [shared.id, 'reviewer'],
      [mine.id, 'owner'],
      [other.id, null],
    ]);
    expect(all[2]).toMatchObject({ name: 'C other', country: 'ML', language: 'fr' });
  });

  it('adds, re-roles and removes members; counts owners', async () => {
    const project = await buildProject(db());
    const user = await buildUser(db(), { name: 'Zed' });
    expect(
      await upsertMember(db(), { projectId: project.id, userId: user.id, role: 'analyst' }),
    ).toEqual({ userId: user.id, name: 'Zed', email: user.email, role: 'analyst' });
    await upsertMember(db(), { projectId: project.id, userId: user.id, role: 'owner' });
    expect(await roleOf(db(), { projectId: project.id, userId: user.id })).toBe('owner');
    expect(await countOwners(db(), project.id)).toBe(2);
    expect((await listMembers(db(), project.id)).map((m) => m.name)).toEqual([
      expect.stringMatching(/^User /),
      'Zed',
    ]);
    expect(await removeMember(db(), { projectId: project.id, userId: user.id })).toBe(true);
    expect(await removeMember(db(), { projectId: project.id, userId: user.id })).toBe(false);
    expect(await roleOf(db(), { projectId: project.id, userId: user.id })).toBeUndefined();
    expect(await countOwners(db(), project.id)).toBe(1);
  });

  it('records when the project was analysed and with which catalogue', async () => {
    const project = await buildProject(db());
    await markAnalysed(db(), {
      projectId: project.id,
      at: '2026-03-01T00:00:00.000Z',
      catalogueVersion: 'cat-7',
    });
    expect(await findProject(db(), project.id)).toMatchObject({
      analysedAt: '2026-03-01T00:00:00.000Z',
      catalogueVersion: 'cat-7',
    });
  });
});
