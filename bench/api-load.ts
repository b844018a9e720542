import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { readConfig } from '../src/server/config.js';
import { createLiveHub, type LiveHub } from '../src/server/live-hub.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../src/server/session-cookie.js';
import { actorOf, ensureFirstAdmin, FIRST_ADMIN_EMAIL } from '../src/services/accounts.js';
import { loadCatalogueIndex } from '../src/services/catalogue-files.js';
import { seedDemoWorkspace } from '../src/services/demo-workspace.js';
import { FindingTableCache } from '../src/services/finding-table-cache.js';
import { generatePassword, hashPassword } from '../src/services/passwords.js';
import { setMember } from '../src/services/projects.js';
import { startSession } from '../src/services/sessions.js';
import type { Workspace } from '../src/services/workspace.js';
import type { DialectName } from '../src/store/dialects/dialect-of.js';
import { createPostgresSchema, dropPostgresSchema } from '../src/store/dialects/postgres.js';
import { openStore, type Store } from '../src/store/open-store.js';
import { listProjectsForUser } from '../src/store/repos/projects.js';
import { findUserByEmail, insertUser } from '../src/store/repos/users.js';
import { TEST_DIALECTS, TEST_POSTGRES_URL } from '../src/store/testing/test-stores.js';
import type { CaseResult } from './import-cases.js';

/** The load: 100 people of one committee on one project, as many connections. */
const USERS = 100;
/** Of whom this many also change findings; the others only read. */
const WRITERS = 20;
/** Each user sends one request a second (autocannon `connectionRate`). */
const REQUESTS_PER_USER_PER_SECOND = 1;
/** Requests each user makes in the rated run: about ten seconds at one a second. */
const RATED_REQUESTS_PER_USER = 10;
const SATURATION_REQUESTS_PER_USER = 6;
/**
 * Runs end when every user has made its requests and had its answers, so no write is cut off
 * in flight; this cap only guards against a server that stops answering.
 */
const RUN_CAP_SECONDS = 60;
/** Users start in groups a little apart, as people do, not all on the same millisecond. */
const GROUPS = 10;
const GROUP_OFFSET_MS = 1000 / GROUPS;
const READ_P95_TARGET_MS = 100;

type Kind = 'table' | 'finding' | 'write';

/** A running server over a fresh database, and how to take it all down. */
interface LoadServer {
  readonly url: string;
  readonly store: Store;
  readonly projectId: string;
  /** How long the server spent on each read it answered, from request to response (ms). */
  readonly handledReads: number[];
  close(): Promise<void>;
}

/** One simulated user: a session of its own, and for writers the obligations it reviews. */
interface LoadUser {
  readonly index: number;
  readonly cookie: string;
  readonly csrfToken: string;
  readonly obligations: readonly string[];
  readonly versions: Map<string, number>;
  turn: number;
  /** What the connection's last request was, for the latency that autocannon reports next. */
  last: Kind;
}

/** Everything the runs observe, by request kind. */
class Tally {
  readonly latencies: Record<Kind, number[]> = { table: [], finding: [], write: [] };
  /** Writes the server acknowledged with 200, per obligation. */
  readonly acknowledged = new Map<string, number>();
  conflicts = 0;
  errors = 0;
  socketErrors = 0;
  requests = 0;
  readonly startedAt = performance.now();
  lastAt = this.startedAt;

  get seconds(): number {
    return (this.lastAt - this.startedAt) / 1000;
  }

  record(kind: Kind, status: number, ms: number): void {
    this.lastAt = performance.now();
    this.requests += 1;
    if (status === 409 && kind === 'write') this.conflicts += 1;
    else if (status < 200 || status >= 300) this.errors += 1;
    else this.latencies[kind].push(ms);
  }
}

async function openDatabase(
  dialect: DialectName,
): Promise<{ store: Store; remove: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const folder = await mkdtemp(join(tmpdir(), 'lexalign-load-'));
    const store = await openStore({ sqlitePath: join(folder, 'lexalign.sqlite') });
    return { store, remove: () => rm(folder, { recursive: true, force: true }) };
  }
  // The production pool size (no poolSize): a schema of its own, dropped afterwards.
  const place = {
    connectionString: TEST_POSTGRES_URL,
    schema: `load_${randomBytes(6).toString('hex')}`,
  };
  await createPostgresSchema(place);
  const store = await openStore({ databaseUrl: place.connectionString, schema: place.schema });
  return { store, remove: () => dropPostgresSchema(place) };
}

/** The server as main.ts wires it, listening on an ephemeral port, with the demo project. */
async function startLoadServer(dialect: DialectName): Promise<LoadServer> {
  const { store, remove } = await openDatabase(dialect);
  const tables = new FindingTableCache(store.live);
  const workspace: Workspace = { store, catalogue: loadCatalogueIndex(), tables };
  await ensureFirstAdmin(store, { password: generatePassword() });
  const admin = await findUserByEmail(store.db, FIRST_ADMIN_EMAIL);
  if (admin === undefined) throw new Error('the first admin was not created');
  await seedDemoWorkspace(workspace, actorOf(admin));
  const [project] = await listProjectsForUser(store.db, { userId: admin.id, all: true });
  if (project === undefined) throw new Error('the demo project was not created');
  const hub: LiveHub = createLiveHub(store.live);
  const config = {
    ...readConfig({}),
    port: 0,
    host: '127.0.0.1',
    logLevel: 'silent',
    validateResponses: false,
  };
  const app: FastifyInstance = await buildApp({ workspace, config, hub });
  const handledReads: number[] = [];
  app.addHook('onResponse', (request, reply, done) => {
    if (request.method === 'GET') handledReads.push(reply.elapsedTime);
    done();
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    store,
    projectId: project.id,
    handledReads,
    async close() {
      hub.close();
      tables.close();
      await app.close();
      await store.close();
      await remove();
    },
  };
}

/**
 * The committee: analysts with a session each (opened directly: a login's password hashing
 * is not what this measures). Writers get two obligations each that nobody else touches.
 */
async function seedUsers(server: LoadServer): Promise<LoadUser[]> {
  const { store, projectId } = server;
  const workspace: Workspace = { store, catalogue: loadCatalogueIndex() };
  const admin = await findUserByEmail(store.db, FIRST_ADMIN_EMAIL);
  if (admin === undefined) throw new Error('no admin');
  // Findings the demo's reviews left alone, two for each writer.
  const untouched = (
    await store.db
      .selectFrom('findings')
      .select('obligation_id')
      .where('project_id', '=', projectId)
      .where('version', '=', 1)
      .orderBy('obligation_id')
      .execute()
  ).map((row) => row.obligation_id);
  if (untouched.length < WRITERS * 2) throw new Error('too few findings for the writers');
  const passwordHash = await hashPassword(generatePassword());
  const users: LoadUser[] = [];
  for (let index = 0; index < USERS; index++) {
    const user = await insertUser(store.db, {
      email: `analyste-${index}@charge.lexalign`,
      name: `Analyste ${index}`,
      passwordHash,
      isAdmin: false,
      mustChangePassword: false,
      locale: 'fr',
    });
    await setMember(workspace, {
      actor: actorOf(admin),
      projectId,
      email: user.email,
      role: 'analyst',
    });
    const session = await startSession(store, { userId: user.id, ttlMs: 3_600_000 });
    const obligations = index < WRITERS ? untouched.slice(index * 2, index * 2 + 2) : [];
    users.push({
      index,
      cookie: session.token,
      csrfToken: session.csrfToken,
      obligations,
      versions: new Map(),
      turn: 0,
      last: 'table',
    });
  }
  return users;
}

const STATUSES = ['aligned', 'partial', 'missing'] as const;
const versionIn = (body: string): number | undefined => {
  const match = /"version":(\d+)/.exec(body);
  return match === null ? undefined : Number(match[1]);
};

/**
 * A user's loop. A reader opens the table three times and one obligation; a writer opens the
 * table, one of its obligations, sets its status with the version it just read, and reads the
 * table again.
 */
function planFor(user: LoadUser, context: Run): autocannon.Request[] {
  const base = `/api/projects/${context.projectId}/findings`;
  const headers = { cookie: `${SESSION_COOKIE}=${user.cookie}` };
  const step = (kind: Kind, extra: Partial<autocannon.Request> = {}): autocannon.Request => ({
    method: 'GET',
    path: base,
    headers,
    ...extra,
    onResponse: (status, body) => {
      user.last = kind;
      if (kind === 'finding' && status === 200) {
        const version = versionIn(body);
        const obligation = user.obligations[user.turn % 2];
        if (version !== undefined && obligation !== undefined) {
          user.versions.set(obligation, version);
        }
      }
      if (kind === 'write' && status === 200) {
        const obligation = user.obligations[user.turn % 2] ?? '';
        context.tally.acknowledged.set(
          obligation,
          (context.tally.acknowledged.get(obligation) ?? 0) + 1,
        );
        const version = versionIn(body);
        if (version !== undefined) user.versions.set(obligation, version);
      }
    },
  });
  const table = (): autocannon.Request => step('table');
  if (user.obligations.length === 0) {
    const all = context.allObligations;
    return [
      step('table', {
        setupRequest: (request) => {
          user.turn += 1;
          return request;
        },
      }),
      table(),
      table(),
      step('finding', {
        setupRequest: (request) => ({
          ...request,
          path: `${base}/${all[(user.index * 7 + user.turn) % all.length] ?? ''}`,
        }),
      }),
    ];
  }
  const own = (): string => user.obligations[user.turn % 2] ?? '';
  return [
    step('table', {
      setupRequest: (request) => {
        user.turn += 1;
        return request;
      },
    }),
    step('finding', { setupRequest: (request) => ({ ...request, path: `${base}/${own()}` }) }),
    step('write', {
      method: 'PATCH',
      setupRequest: (request) => {
        const version = user.versions.get(own());
        // The read before failed (counted already): start the loop again, as autocannon allows.
        if (version === undefined) return null as unknown as autocannon.Request;
        return {
          ...request,
          path: `${base}/${own()}`,
          headers: {
            ...headers,
            'content-type': 'application/json',
            [CSRF_HEADER]: user.csrfToken,
          },
          body: JSON.stringify({
            status: STATUSES[user.turn % STATUSES.length],
            reason: `Revue n° ${user.turn} par l'analyste ${user.index}`,
            version,
          }),
        };
      },
    }),
    table(),
  ];
}

type ResponseEvent = [client: autocannon.Client, status: number, bytes: number, ms: number];

interface Run {
  readonly url: string;
  readonly projectId: string;
  readonly allObligations: readonly string[];
  readonly tally: Tally;
}

/** One autocannon instance driving `users`, one connection each; resolves when it is done. */
function drive(
  run: Run,
  users: readonly LoadUser[],
  options: { readonly requestsPerUser: number; readonly rate?: number },
): Promise<autocannon.Result> {
  const byClient = new WeakMap<autocannon.Client, LoadUser>();
  let next = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: run.url,
        connections: users.length,
        maxConnectionRequests: options.requestsPerUser,
        duration: RUN_CAP_SECONDS,
        ...(options.rate === undefined
          ? {}
          : // Latencies are recorded per request below; autocannon's correction would add made-up ones.
            { connectionRate: options.rate, ignoreCoordinatedOmission: true }),
        setupClient: (client) => {
          const user = users[next++];
          if (user === undefined) throw new Error('more connections than users');
          byClient.set(client, user);
          client.setRequests(planFor(user, run));
        },
      },
      (error: unknown, result) => (error ? reject(asError(error)) : resolve(result)),
    );
    // The event passes (client, status, bytes, ms); taken as one tuple to stay within max-params.
    instance.on('response', (...[client, status, , ms]: ResponseEvent) => {
      run.tally.record(byClient.get(client)?.last ?? 'table', status, ms);
    });
    instance.on('reqError', () => {
      run.tally.socketErrors += 1;
    });
  });
}

const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(String(error));
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The users in groups started a little apart, each user at its own steady rate. */
async function ratedRun(run: Run, users: readonly LoadUser[]): Promise<void> {
  const size = Math.ceil(users.length / GROUPS);
  const groups: Promise<autocannon.Result>[] = [];
  for (let group = 0; group < GROUPS; group++) {
    const members = users.filter((_user, index) => Math.floor(index / size) === group);
    groups.push(
      drive(run, members, {
        requestsPerUser: RATED_REQUESTS_PER_USER,
        rate: REQUESTS_PER_USER_PER_SECOND,
      }),
    );
    await delay(GROUP_OFFSET_MS);
  }
  await Promise.all(groups);
}

/** Every user at once, as fast as the server answers: for information, no target. */
async function saturationRun(run: Run, users: readonly LoadUser[]): Promise<void> {
  await drive(run, users, { requestsPerUser: SATURATION_REQUESTS_PER_USER });
}

interface Ledger {
  readonly auditWrites: number;
  readonly versions: ReadonlyMap<string, number>;
}

/** What the database holds of the writes: audit entries and each written finding's version. */
async function readLedger(server: LoadServer, obligations: readonly string[]): Promise<Ledger> {
  const db = server.store.db;
  const audit = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('project_id', '=', server.projectId)
    .where('action', '=', 'finding.status')
    .executeTakeFirstOrThrow();
  const rows =
    obligations.length === 0
      ? []
      : await db
          .selectFrom('findings')
          .select(['obligation_id', 'version'])
          .where('project_id', '=', server.projectId)
          .where('obligation_id', 'in', obligations)
          .execute();
  return {
    auditWrites: Number(audit.n),
    versions: new Map(rows.map((row) => [row.obligation_id, Number(row.version)])),
  };
}

/** Writes acknowledged with 200 but missing from the database, and writes done but not acknowledged. */
function auditWrites(
  before: Ledger,
  after: Ledger,
  acknowledged: ReadonlyMap<string, number>,
): { lost: number; unacknowledged: number; acknowledged: number; audited: number } {
  let lost = 0;
  let unacknowledged = 0;
  let total = 0;
  for (const [obligation, start] of before.versions) {
    const acks = acknowledged.get(obligation) ?? 0;
    const end = after.versions.get(obligation) ?? 0;
    total += acks;
    lost += Math.max(0, start + acks - end);
    unacknowledged += Math.max(0, end - start - acks);
  }
  const audited = after.auditWrites - before.auditWrites;
  return {
    lost: Math.max(lost, total - audited),
    unacknowledged,
    acknowledged: total,
    audited,
  };
}

/** The histogram counts the sampling interval too; the delay is what exceeds it. */
const LOOP_RESOLUTION_MS = 2;
const loopDelay = (histogram: IntervalHistogram, p: number): number =>
  Number(Math.max(0, histogram.percentile(p) / 1e6 - LOOP_RESOLUTION_MS).toFixed(1));

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const value = sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return value === undefined ? Number.NaN : Number(value.toFixed(1));
}

function summary(tally: Tally) {
  const reads = [...tally.latencies.table, ...tally.latencies.finding];
  const writes = tally.latencies.write;
  return {
    p50_read_ms: percentile(reads, 50),
    p95_read_ms: percentile(reads, 95),
    p99_read_ms: percentile(reads, 99),
    p95_table_ms: percentile(tally.latencies.table, 95),
    p95_finding_ms: percentile(tally.latencies.finding, 95),
    p50_write_ms: percentile(writes, 50),
    p95_write_ms: percentile(writes, 95),
    p99_write_ms: percentile(writes, 99),
    requests: tally.requests,
    reads: reads.length,
    writes: writes.length,
    conflicts: tally.conflicts,
    errors: tally.errors + tally.socketErrors,
    throughput_rps: Number((tally.requests / tally.seconds).toFixed(1)),
  };
}

/** The whole measure on one dialect: seed, a rated run, a saturation run, then the ledger. */
async function measure(dialect: DialectName) {
  const started = performance.now();
  const server = await startLoadServer(dialect);
  try {
    const users = await seedUsers(server);
    const allObligations = (
      await server.store.db
        .selectFrom('findings')
        .select('obligation_id')
        .where('project_id', '=', server.projectId)
        .execute()
    ).map((row) => row.obligation_id);
    const written = users.flatMap((user) => user.obligations);
    const before = await readLedger(server, written);
    process.stderr.write(
      `api-load: ${dialect} seeded in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
    const base = { url: server.url, projectId: server.projectId, allObligations };
    const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    server.handledReads.length = 0;
    loop.enable();
    const rated = new Tally();
    await ratedRun({ ...base, tally: rated }, users);
    loop.disable();
    const handled = [...server.handledReads];
    const saturation = new Tally();
    await saturationRun({ ...base, tally: saturation }, users);
    const acknowledged = new Map(rated.acknowledged);
    for (const [obligation, count] of saturation.acknowledged) {
      acknowledged.set(obligation, (acknowledged.get(obligation) ?? 0) + count);
    }
    const writes = auditWrites(before, await readLedger(server, written), acknowledged);
    const saturated = summary(saturation);
    return {
      users: USERS,
      writers: WRITERS,
      requests_per_user_per_s: REQUESTS_PER_USER_PER_SECOND,
      seconds: Number(rated.seconds.toFixed(1)),
      ...summary(rated),
      server_p50_read_ms: percentile(handled, 50),
      server_p95_read_ms: percentile(handled, 95),
      event_loop_delay_p50_ms: loopDelay(loop, 50),
      event_loop_delay_p99_ms: loopDelay(loop, 99),
      acknowledged_writes: writes.acknowledged,
      audited_writes: writes.audited,
      lost_writes: writes.lost,
      unacknowledged_writes: writes.unacknowledged,
      saturation_requests: saturated.requests,
      saturation_rps: saturated.throughput_rps,
      saturation_p95_read_ms: saturated.p95_read_ms,
      saturation_p95_write_ms: saturated.p95_write_ms,
      saturation_errors: saturated.errors,
      saturation_conflicts: saturated.conflicts,
    };
  } finally {
    await server.close();
  }
}

/**
 * 100 logged-in analysts on one project: reads of the concordance table and of findings,
 * status changes on findings of their own, at one request a second each, on every dialect;
 * then every acknowledged write is looked for in the database.
 */
async function apiLoad(): Promise<CaseResult> {
  const figures: Record<string, number> = {};
  let met = true;
  for (const dialect of TEST_DIALECTS) {
    const result = await measure(dialect);
    for (const [name, value] of Object.entries(result)) figures[`${name}_${dialect}`] = value;
    met &&=
      result.p95_read_ms < READ_P95_TARGET_MS && result.errors === 0 && result.lost_writes === 0;
  }
  return {
    name: 'api-load',
    figures,
    target: TEST_DIALECTS.map(
      (dialect) =>
        `p95_read_ms_${dialect} < ${READ_P95_TARGET_MS}, errors_${dialect} == 0, lost_writes_${dialect} == 0`,
    ).join('; '),
    met,
  };
}

/** The HTTP load case; it runs in a process of its own (see run.ts). */
export const API_LOAD_CASES: Readonly<Record<string, () => Promise<CaseResult>>> = {
  'api-load': apiLoad,
};
