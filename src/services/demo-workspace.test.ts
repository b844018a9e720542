import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../store/testing/test-stores.js';
import { actorOf, ensureFirstAdmin, FIRST_ADMIN_EMAIL } from './accounts.js';
import { loadCatalogueIndex } from './catalogue-files.js';
import { seedDemoWorkspace } from './demo-workspace.js';
import { findingTable } from './project-findings.js';
import { listProjects, projectMembers } from './projects.js';
import { findUserByEmail } from '../store/repos/users.js';
import type { Workspace } from './workspace.js';

describe('the demo workspace a newcomer opens', () => {
  let test: TestStore;
  let workspace: Workspace;

  beforeAll(async () => {
    test = await openTestStore('sqlite');
    workspace = { store: test.store, catalogue: loadCatalogueIndex() };
  });
  afterAll(() => test.cleanup());

  it('creates the admin once, with a one-time password', async () => {
    const first = await ensureFirstAdmin(test.store);
    expect(first?.email).toBe(FIRST_ADMIN_EMAIL);
    expect(first?.password).toHaveLength(16);
    expect(await ensureFirstAdmin(test.store)).toBeUndefined();
    const admin = await findUserByEmail(test.store.db, FIRST_ADMIN_EMAIL);
    expect(admin).toMatchObject({ isAdmin: true, mustChangePassword: true });
  });

  it('holds the Malian demo law analysed, a committee, and a review under way', async () => {
    const user = await findUserByEmail(test.store.db, FIRST_ADMIN_EMAIL);
    if (user === undefined) throw new Error('no admin');
    const admin = actorOf(user);
    expect(await seedDemoWorkspace(workspace, admin)).toBe(true);
    const [project] = await listProjects(workspace, admin);
    expect(project).toMatchObject({ country: 'ML', language: 'fr', role: 'owner' });
    const projectId = project?.id ?? '';
    const members = await projectMembers(workspace, { actor: admin, projectId });
    expect(members.map((member) => member.role).sort()).toEqual(['analyst', 'owner', 'reviewer']);
    const table = await findingTable(workspace, { actor: admin, projectId, filter: {} });
    expect(table.progress.confirmed).toBe(3);
    const definition = table.findings.find((row) => row.obligationId === 'TIP.3.a');
    expect(definition).toMatchObject({ status: 'partial', confirmedBy: { name: 'Moussa Keïta' } });
    expect(table.findings.filter((row) => row.status === 'missing').length).toBeGreaterThan(20);
    expect(await seedDemoWorkspace(workspace, admin)).toBe(false);
  });
});
