import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ChairLiveSession, JoinResult } from '../src/contract/live-session.js';
import { buildApp } from '../src/server/app.js';
import { readConfig } from '../src/server/config.js';
import { createLiveHub } from '../src/server/live-hub.js';
import { PARTICIPANT_COOKIE } from '../src/server/participant-cookie.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../src/server/session-cookie.js';
import { actorOf } from '../src/services/accounts.js';
import { loadCatalogueIndex } from '../src/services/catalogue-files.js';
import { FindingTableCache } from '../src/services/finding-table-cache.js';
import { localDay } from '../src/services/local-day.js';
import { generatePassword, hashPassword } from '../src/services/passwords.js';
import { createProject } from '../src/services/projects.js';
import { startSession } from '../src/services/sessions.js';
import type { Workspace } from '../src/services/workspace.js';
import type { DialectName } from '../src/store/dialects/dialect-of.js';
import { createPostgresSchema, dropPostgresSchema } from '../src/store/dialects/postgres.js';
import { openStore, type Store } from '../src/store/open-store.js';
import { insertRecommendation } from '../src/store/repos/recommendations.js';
import { insertUser } from '../src/store/repos/users.js';
import { insertWorkshop } from '../src/store/repos/workshops.js';
import { TEST_DIALECTS, TEST_POSTGRES_URL } from '../src/store/testing/test-stores.js';
import type { CaseResult } from './import-cases.js';

/** A validation workshop's room: 200 phones on one question. */
const PARTICIPANTS = 200;
/** Phones do not all tap at the same millisecond: first votes spread over this much time. */
const SPREAD_MS = 2000;
/** All 200 votes counted, exactly once, within this window. */
const WINDOW_MS = 10_000;
const CHOICES = ['for', 'against', 'abstain'] as const;

interface Phone {
  readonly cookie: string;
  readonly csrfToken: string;
  readonly choice: (typeof CHOICES)[number];
  readonly duplicate: boolean;
}

interface VoteServer {
  readonly url: string;
  readonly store: Store;
  readonly projectId: string;
  readonly workshopId: string;
  readonly joinCode: string;
  readonly recommendationId: string;
  readonly chair: { readonly cookie: string; readonly csrfToken: string };
  /** Vote announcements the live channel carried (coalesced per question). */
  readonly announcements: { vote: number };
  close(): Promise<void>;
}

async function openDatabase(
  dialect: DialectName,
): Promise<{ store: Store; remove: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const folder = await mkdtemp(join(tmpdir(), 'lexalign-votes-'));
    const store = await openStore({ sqlitePath: join(folder, 'lexalign.sqlite') });
    return { store, remove: () => rm(folder, { recursive: true, force: true }) };
  }
  const place = {
    connectionString: TEST_POSTGRES_URL,
    schema: `votes_${randomBytes(6).toString('hex')}`,
  };
  await createPostgresSchema(place);
  const store = await openStore({ databaseUrl: place.connectionString, schema: place.schema });
  return { store, remove: () => dropPostgresSchema(place) };
}

/** The server as main.ts wires it, with a workshop today and one recommendation to vote on. */
async function startVoteServer(dialect: DialectName): Promise<VoteServer> {
  const { store, remove } = await openDatabase(dialect);
  const tables = new FindingTableCache(store.live);
  const workspace: Workspace = { store, catalogue: loadCatalogueIndex(), tables };
  // The chair: an account of its own (the first admin must change its one-time password).
  const admin = await insertUser(store.db, {
    email: 'presidence@atelier.lexalign',
    name: 'Présidence de séance',
    passwordHash: await hashPassword(generatePassword()),
    isAdmin: false,
    mustChangePassword: false,
    locale: 'fr',
  });
  const project = await createProject(workspace, {
    actor: actorOf(admin),
    input: { name: 'Atelier de validation', country: 'ML', language: 'fr', description: '' },
  });
  const today = localDay();
  const joinCode = `V${randomBytes(3).toString('hex').toUpperCase()}`;
  const workshop = await insertWorkshop(store.db, {
    projectId: project.id,
    joinCode,
    createdBy: admin.id,
    title: 'Atelier national de validation',
    startsOn: today,
    endsOn: today,
    place: 'Bamako',
    organisers: '',
    partners: '',
    description: '',
  });
  const recommendation = await insertRecommendation(store.db, {
    projectId: project.id,
    title: 'Adopter une loi spécifique sur le trafic illicite de migrants',
    type: 'new_law',
    priority: 'high',
    status: 'proposed',
    theme: '',
    targetLawId: null,
    targetText: '',
    targetArticle: '',
    wording: 'Le Mali adopte une loi spécifique sur le trafic illicite de migrants.',
    rationale: '',
    findingIds: [],
    obligationIds: ['SOM.6.1.a'],
    createdById: admin.id,
    versionNote: '',
  });
  const announcements = { vote: 0 };
  const unsubscribe = store.live.subscribe((message) => {
    if (message.includes('"kind":"vote"')) announcements.vote += 1;
  });
  const hub = createLiveHub(store.live);
  const config = {
    ...readConfig({}, []),
    port: 0,
    host: '127.0.0.1',
    logLevel: 'silent',
    validateResponses: false,
    // Every simulated phone comes from this one address.
    joinAttemptsPerMinute: PARTICIPANTS * 2,
  };
  const app: FastifyInstance = await buildApp({ workspace, config, hub });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const session = await startSession(store, { userId: admin.id, ttlMs: 3_600_000 });
  const chair = { cookie: session.token, csrfToken: session.csrfToken };
  const server: VoteServer = {
    url,
    store,
    projectId: project.id,
    workshopId: workshop.id,
    joinCode,
    recommendationId: recommendation.id,
    chair,
    announcements,
    async close() {
      unsubscribe();
      hub.close();
      tables.close();
      await app.close();
      await store.close();
      await remove();
    },
  };
  await chairCall(server, 'show', { recommendationId: recommendation.id });
  await chairCall(server, 'vote', { recommendationId: recommendation.id });
  return server;
}

async function chairCall(server: VoteServer, path: string, body?: unknown) {
  const response = await fetch(
    `${server.url}/api/projects/${server.projectId}/workshops/${server.workshopId}/live${path === '' ? '' : `/${path}`}`,
    {
      method: body === undefined && path === '' ? 'GET' : 'POST',
      headers: {
        cookie: `${SESSION_COOKIE}=${server.chair.cookie}`,
        [CSRF_HEADER]: server.chair.csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    },
  );
  if (!response.ok)
    throw new Error(`chair ${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as ChairLiveSession;
}

/** Set-up, not timed: every phone joins with a name of its own, ten at a time. */
async function joinPhones(server: VoteServer): Promise<Phone[]> {
  const phones: Phone[] = [];
  for (let start = 0; start < PARTICIPANTS; start += 10) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(10, PARTICIPANTS - start) }, async (_, offset) => {
        const index = start + offset;
        const response = await fetch(`${server.url}/api/live/${server.joinCode}/join`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            name: `Participant ${index}`,
            organisation: `Organisation ${index % 17}`,
            sex: index % 3 === 0 ? 'female' : 'male',
          }),
        });
        if (!response.ok) throw new Error(`join ${index}: HTTP ${response.status}`);
        const cookie = /lexalign_participant=([^;]+)/.exec(
          response.headers.get('set-cookie') ?? '',
        )?.[1];
        if (cookie === undefined) throw new Error(`join ${index}: no ${PARTICIPANT_COOKIE} cookie`);
        const joined = (await response.json()) as JoinResult;
        return {
          cookie,
          csrfToken: joined.csrfToken,
          choice: CHOICES[index % CHOICES.length] ?? 'for',
          duplicate: index % 2 === 0,
        };
      }),
    );
    phones.push(...batch);
  }
  return phones;
}

/** Votes stored for a question: rows, and distinct participants among them. */
async function countVotes(server: VoteServer, questionId: string) {
  const rows = await server.store.db
    .selectFrom('votes')
    .select('participant_id')
    .where('question_id', '=', questionId)
    .execute();
  return { rows: rows.length, distinct: new Set(rows.map((row) => row.participant_id)).size };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const value = sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return value === undefined ? Number.NaN : Number(value.toFixed(1));
}

/** Every phone votes once at its own moment; half of them tap twice at once. */
/** Every phone votes on `question.id`, the first taps spread over `question.spreadMs`. */
async function voteAll(
  server: VoteServer,
  question: { readonly id: string; readonly spreadMs: number },
  phones: readonly Phone[],
) {
  const { id: questionId, spreadMs } = question;
  const latencies: number[] = [];
  let errors = 0;
  const send = async (phone: Phone): Promise<void> => {
    const started = performance.now();
    try {
      const response = await fetch(`${server.url}/api/live/${server.joinCode}/votes`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: `${PARTICIPANT_COOKIE}=${phone.cookie}`,
          [CSRF_HEADER]: phone.csrfToken,
        },
        body: JSON.stringify({ questionId, choice: phone.choice }),
      });
      await response.arrayBuffer();
      if (response.ok) latencies.push(performance.now() - started);
      else errors += 1;
    } catch {
      errors += 1;
    }
  };
  const started = performance.now();
  await Promise.all(
    phones.map(async (phone, index) => {
      if (spreadMs > 0) await delay((index / phones.length) * spreadMs);
      await Promise.all(phone.duplicate ? [send(phone), send(phone)] : [send(phone)]);
    }),
  );
  const totalMs = performance.now() - started;
  return { latencies, errors, totalMs };
}

async function measure(dialect: DialectName) {
  const server = await startVoteServer(dialect);
  try {
    const phones = await joinPhones(server);
    const open = await chairCall(server, '');
    const questionId = open.question?.id;
    if (questionId === undefined) throw new Error('no open question');
    const before = server.announcements.vote;
    const { latencies, errors, totalMs } = await voteAll(
      server,
      { id: questionId, spreadMs: SPREAD_MS },
      phones,
    );
    // Coalesced announcements leave at most one interval after the last vote.
    await delay(300);
    const counted = await countVotes(server, questionId);
    const expected = { for: 0, against: 0, abstain: 0 };
    for (const phone of phones) expected[phone.choice] += 1;
    const seen = (await chairCall(server, '')).tally;
    const sent = phones.reduce((sum, phone) => sum + (phone.duplicate ? 2 : 1), 0);
    const announced = server.announcements.vote - before;

    // The worst case, for information: a second question where every phone taps at once.
    await chairCall(server, 'vote/close', {});
    const second = (await chairCall(server, 'vote', { recommendationId: server.recommendationId }))
      .question?.id;
    if (second === undefined) throw new Error('no second question');
    const burst = await voteAll(server, { id: second, spreadMs: 0 }, phones);
    const burstCounted = await countVotes(server, second);
    return {
      participants: PARTICIPANTS,
      votes_sent: sent,
      duplicates_sent: sent - PARTICIPANTS,
      votes_counted: counted.distinct,
      duplicates_counted: counted.rows - counted.distinct,
      tally_matches: JSON.stringify(seen) === JSON.stringify(expected) ? 1 : 0,
      errors,
      total_ms: Number(totalMs.toFixed(0)),
      p50_ms: percentile(latencies, 50),
      p95_ms: percentile(latencies, 95),
      p99_ms: percentile(latencies, 99),
      vote_announcements: announced,
      burst_votes_counted: burstCounted.distinct,
      burst_duplicates_counted: burstCounted.rows - burstCounted.distinct,
      burst_errors: burst.errors,
      burst_total_ms: Number(burst.totalMs.toFixed(0)),
      burst_p95_ms: percentile(burst.latencies, 95),
    };
  } finally {
    await server.close();
  }
}

/**
 * 200 participants' phones on one open question, on every dialect: each votes once within
 * the window, half of them twice at the same moment; every vote must be counted exactly once.
 */
async function liveVotes(): Promise<CaseResult> {
  const figures: Record<string, number> = {};
  let met = true;
  for (const dialect of TEST_DIALECTS) {
    const result = await measure(dialect);
    process.stderr.write(`live-votes: ${dialect} ${JSON.stringify(result)}\n`);
    for (const [name, value] of Object.entries(result)) figures[`${name}_${dialect}`] = value;
    met &&=
      result.votes_counted === PARTICIPANTS &&
      result.duplicates_counted === 0 &&
      result.tally_matches === 1 &&
      result.errors === 0 &&
      result.burst_votes_counted === PARTICIPANTS &&
      result.burst_duplicates_counted === 0 &&
      result.total_ms <= WINDOW_MS;
  }
  return {
    name: 'live-votes',
    figures,
    target: TEST_DIALECTS.map(
      (dialect) =>
        `votes_counted_${dialect} == ${PARTICIPANTS}, duplicates_counted_${dialect} == 0, errors_${dialect} == 0, total_ms_${dialect} <= ${WINDOW_MS}, burst_votes_counted_${dialect} == ${PARTICIPANTS}, burst_duplicates_counted_${dialect} == 0`,
    ).join('; '),
    met,
  };
}

/** The workshop vote case; it runs in a process of its own (see run.ts). */
export const LIVE_VOTE_CASES: Readonly<Record<string, () => Promise<CaseResult>>> = {
  'live-votes': liveVotes,
};
