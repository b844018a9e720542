import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectRole } from '../src/core/access/permissions.js';
import { buildApp } from '../src/server/app.js';
import { DEFAULT_WEB_DIR } from '../src/server/config.js';
import { createLiveHub } from '../src/server/live-hub.js';
import { testConfig } from '../src/server/testing/test-server.js';
import { actorOf, ensureFirstAdmin, FIRST_ADMIN_EMAIL } from '../src/services/accounts.js';
import { loadCatalogueIndex } from '../src/services/catalogue-files.js';
import { FindingTableCache } from '../src/services/finding-table-cache.js';
import { hashPassword } from '../src/services/passwords.js';
import { setMember } from '../src/services/projects.js';
import type { Workspace } from '../src/services/workspace.js';
import { seedDemoWorkspace } from '../src/services/demo-workspace.js';
import { listProjectsForUser } from '../src/store/repos/projects.js';
import { findUserByEmail, insertUser } from '../src/store/repos/users.js';
import { listWorkshops } from '../src/store/repos/workshops.js';
import { openTestStore } from '../src/store/testing/test-stores.js';

/** The first admin's one-time password, as `LEXALIGN_ADMIN_PASSWORD` would set it. */
export const FIRST_ADMIN_PASSWORD = 'premier-passage-2024';
/** Uploads larger than this are refused by the server (the browser allows more). */
export const E2E_MAX_UPLOAD_BYTES = 1024 * 1024;

export interface E2eServer {
  /** `http://127.0.0.1:<port>`, serving the built web app and the API. */
  readonly url: string;
  readonly admin: { readonly email: string; readonly password: string };
  /** A member who logs in with a password of their own (no forced change). */
  addMember(
    projectId: string,
    person: {
      readonly email: string;
      readonly name: string;
      readonly password: string;
      /** Default `analyst`. */
      readonly role?: ProjectRole;
    },
  ): Promise<void>;
  /** The demo project (Mali) with its validation workshop, as a first start seeds it. */
  seedDemo(): Promise<{ readonly projectId: string; readonly workshopId: string }>;
  close(): Promise<void>;
}

/** Fails with what to do when the web app has not been built. */
export function requireBuiltWebApp(): void {
  if (!existsSync(join(DEFAULT_WEB_DIR, 'index.html'))) {
    throw new Error(
      `The web app is not built (no ${join(DEFAULT_WEB_DIR, 'index.html')}): ` +
        'run `npm run build:web` first; `npm test` does it before the tests.',
    );
  }
}

/**
 * The real server as main.ts starts it, in this process, on a fresh SQLite file and an
 * ephemeral port: first admin with a one-time password, concordance tables cached, live
 * events, the built web app.
 */
export async function startE2eServer(): Promise<E2eServer> {
  requireBuiltWebApp();
  const test = await openTestStore('sqlite');
  const store = test.store;
  const tables = new FindingTableCache(store.live);
  const workspace: Workspace = { store, catalogue: loadCatalogueIndex(), tables };
  await ensureFirstAdmin(store, { password: FIRST_ADMIN_PASSWORD });
  const hub = createLiveHub(store.live);
  const app = await buildApp({
    workspace,
    config: testConfig({ webDir: DEFAULT_WEB_DIR, maxUploadBytes: E2E_MAX_UPLOAD_BYTES }),
    hub,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    admin: { email: FIRST_ADMIN_EMAIL, password: FIRST_ADMIN_PASSWORD },
    async addMember(projectId, person) {
      const admin = await findUserByEmail(store.db, FIRST_ADMIN_EMAIL);
      if (admin === undefined) throw new Error('no first admin');
      await insertUser(store.db, {
        email: person.email,
        name: person.name,
        passwordHash: await hashPassword(person.password),
        isAdmin: false,
        mustChangePassword: false,
        locale: 'en',
      });
      await setMember(workspace, {
        actor: actorOf(admin),
        projectId,
        email: person.email,
        role: person.role ?? 'analyst',
      });
    },
    async seedDemo() {
      const admin = await findUserByEmail(store.db, FIRST_ADMIN_EMAIL);
      if (admin === undefined) throw new Error('no first admin');
      await seedDemoWorkspace(workspace, actorOf(admin));
      const [project] = await listProjectsForUser(store.db, { userId: admin.id, all: true });
      const [workshop] = project === undefined ? [] : await listWorkshops(store.db, project.id);
      if (project === undefined || workshop === undefined) throw new Error('no demo workshop');
      return { projectId: project.id, workshopId: workshop.id };
    },
    async close() {
      hub.close();
      tables.close();
      await app.close();
      await test.cleanup();
    },
  };
}
