import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { ProjectRole } from '../../core/access/permissions.js';
import { actorOf, type Actor } from '../../services/accounts.js';
import { loadCatalogueIndex } from '../../services/catalogue-files.js';
import { FindingTableCache } from '../../services/finding-table-cache.js';
import { hashPassword } from '../../services/passwords.js';
import { createProject, setMember } from '../../services/projects.js';
import type { Workspace } from '../../services/workspace.js';
import type { DialectName } from '../../store/dialects/dialect-of.js';
import { buildUser } from '../../store/testing/factories.js';
import { openTestStore, type TestStore } from '../../store/testing/test-stores.js';
import { buildApp } from '../app.js';
import type { ServerConfig } from '../config.js';
import { createLiveHub, type LiveHub } from '../live-hub.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../session-cookie.js';

export const TEST_PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;

export const testConfig = (overrides: Partial<ServerConfig> = {}): ServerConfig => ({
  port: 0,
  host: '127.0.0.1',
  databaseUrl: undefined,
  sqlitePath: ':memory:',
  sessionTtlMs: 3_600_000,
  secureCookies: false,
  publicUrl: undefined,
  loginAttemptsPerMinute: 1000,
  joinAttemptsPerMinute: 1000,
  lan: false,
  demo: false,
  adminPassword: undefined,
  maxUploadBytes: 2 * 1024 * 1024,
  logLevel: 'silent',
  webDir: '/nonexistent',
  validateResponses: true,
  ...overrides,
});

/** A logged-in browser: its cookie and CSRF token, and requests that send them. */
export interface Client {
  readonly actor: Actor;
  readonly csrfToken: string;
  /** The session cookie's value. */
  readonly cookie: string;
  request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse>;
  /** Uploads a file as the law import form does. */
  upload(
    url: string,
    file: { readonly name: string; readonly content: string | Uint8Array },
  ): Promise<LightMyRequestResponse>;
}

export interface TestServer {
  readonly app: FastifyInstance;
  readonly workspace: Workspace;
  readonly hub: LiveHub;
  readonly store: TestStore;
  /** A new account (password TEST_PASSWORD), logged in. */
  client(options?: { readonly isAdmin?: boolean; readonly name?: string }): Promise<Client>;
  /** A project owned by `owner`, with one logged-in member per other role asked for. */
  project(
    owner: Client,
    roles?: readonly ProjectRole[],
  ): Promise<{ id: string; members: Map<ProjectRole, Client> }>;
  close(): Promise<void>;
}

/** Logs in through the API and returns a client that carries the session. */
export async function login(
  app: FastifyInstance,
  credentials: { readonly email: string; readonly password: string },
): Promise<{ cookie: string; csrfToken: string; response: LightMyRequestResponse }> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: credentials,
  });
  const cookie = response.cookies.find((item) => item.name === SESSION_COOKIE)?.value ?? '';
  const csrfToken =
    response.statusCode === 200 ? response.json<{ csrfToken: string }>().csrfToken : '';
  return { cookie, csrfToken, response };
}

/** Starts the whole HTTP app in process on a fresh store of the dialect. */
export async function startTestServer(
  dialect: DialectName,
  config: Partial<ServerConfig> = {},
): Promise<TestServer> {
  const store = await openTestStore(dialect);
  const tables = new FindingTableCache(store.store.live);
  const workspace: Workspace = { store: store.store, catalogue: loadCatalogueIndex(), tables };
  const hub = createLiveHub(store.store.live);
  const app = await buildApp({ workspace, config: testConfig(config), hub });
  const clientFor = async (options: { isAdmin?: boolean; name?: string } = {}): Promise<Client> => {
    passwordHash ??= hashPassword(TEST_PASSWORD);
    const user = await buildUser(store.store.db, {
      passwordHash: await passwordHash,
      isAdmin: options.isAdmin ?? false,
      ...(options.name === undefined ? {} : { name: options.name }),
    });
    const session = await login(app, { email: user.email, password: TEST_PASSWORD });
    return {
      actor: actorOf(user),
      csrfToken: session.csrfToken,
      cookie: session.cookie,
      request: (method, url, body) =>
        app.inject({
          method,
          url,
          cookies: { [SESSION_COOKIE]: session.cookie },
          headers: method === 'GET' ? {} : { [CSRF_HEADER]: session.csrfToken },
          ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
        }),
      upload: (url, file) => {
        const form = multipartUpload(file.name, file.content);
        return app.inject({
          method: 'POST',
          url,
          cookies: { [SESSION_COOKIE]: session.cookie },
          headers: { ...form.headers, [CSRF_HEADER]: session.csrfToken },
          payload: form.payload,
        });
      },
    };
  };
  return {
    app,
    workspace,
    hub,
    store,
    client: clientFor,
    async project(owner, roles = []) {
      const project = await createProject(workspace, {
        actor: owner.actor,
        input: { name: 'Test project', country: 'ML', language: 'fr', description: '' },
      });
      const members = new Map<ProjectRole, Client>([['owner', owner]]);
      for (const role of roles) {
        const member = await clientFor({ name: `A ${role}` });
        await setMember(workspace, {
          actor: owner.actor,
          projectId: project.id,
          email: await emailOf(workspace, member),
          role,
        });
        members.set(role, member);
      }
      return { id: project.id, members };
    },
    async close() {
      hub.close();
      tables.close();
      await app.close();
      await store.cleanup();
    },
  };
}

async function emailOf(workspace: Workspace, client: Client): Promise<string> {
  const row = await workspace.store.db
    .selectFrom('users')
    .select('email')
    .where('id', '=', client.actor.id)
    .executeTakeFirstOrThrow();
  return row.email;
}

/** A multipart/form-data body with one `file` field, as a browser's upload form sends it. */
export function multipartUpload(
  fileName: string,
  content: string | Uint8Array,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----lexalign${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const body = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
  return {
    payload: Buffer.concat([head, body, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
