import { findUserByEmail } from '../../store/repos/users.js';
import { openTestStore, type TestStore } from '../../store/testing/test-stores.js';
import { actorOf, ensureFirstAdmin, FIRST_ADMIN_EMAIL, type Actor } from '../accounts.js';
import { loadCatalogueIndex } from '../catalogue-files.js';
import { seedDemoWorkspace } from '../demo-workspace.js';
import { listProjects } from '../projects.js';
import type { Workspace } from '../workspace.js';

/** A SQLite test store holding the demo workspace, as a newcomer finds it on `today`. */
export interface DemoStore {
  readonly test: TestStore;
  readonly workspace: Workspace;
  /** The site administrator who owns the demo projects. */
  readonly admin: Actor;
  /** The Mali project: the first the admin sees. */
  readonly projectId: string;
}

/** Seeds the demo workspace in a fresh SQLite store; call `test.cleanup()` when done. */
export async function openDemoStore(today = '2026-12-09'): Promise<DemoStore> {
  const test = await openTestStore('sqlite');
  const workspace: Workspace = { store: test.store, catalogue: loadCatalogueIndex() };
  await ensureFirstAdmin(test.store);
  const user = await findUserByEmail(test.store.db, FIRST_ADMIN_EMAIL);
  if (user === undefined) throw new Error('the first administrator was not created');
  const admin = actorOf(user);
  await seedDemoWorkspace(workspace, admin, { today });
  const [project] = await listProjects(workspace, admin);
  if (project === undefined) throw new Error('the demo project was not created');
  return { test, workspace, admin, projectId: project.id };
}
