import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ChairLiveSession,
  JoinResult,
  LiveWorkshop,
  ParticipantState,
} from '../contract/live-session.js';
import { localDay } from '../services/local-day.js';
import { insertRecommendation } from '../store/repos/recommendations.js';
import { TEST_DIALECTS } from '../store/testing/test-stores.js';
import { buildParticipant, buildWorkshop } from '../store/testing/workshop-factories.js';
import { PARTICIPANT_COOKIE } from './participant-cookie.js';
import { CSRF_HEADER, SESSION_COOKIE } from './session-cookie.js';
import { startTestServer, type Client, type TestServer } from './testing/test-server.js';

/** A phone: its cookie once joined, and requests under /api/live/:code that carry it. */
interface Phone {
  cookie: string | undefined;
  csrfToken: string | undefined;
  request(
    method: 'GET' | 'POST',
    path: string,
    options?: { body?: unknown; csrf?: boolean },
  ): Promise<LightMyRequestResponse>;
}

function phone(server: TestServer, joinCode: string): Phone {
  const self: Phone = {
    cookie: undefined,
    csrfToken: undefined,
    async request(method, path, options = {}) {
      const body = options.body;
      const response = await server.app.inject({
        method,
        url: `/api/live/${joinCode}${path}`,
        ...(self.cookie === undefined ? {} : { cookies: { [PARTICIPANT_COOKIE]: self.cookie } }),
        headers:
          method === 'GET' || options.csrf === false || self.csrfToken === undefined
            ? {}
            : { [CSRF_HEADER]: self.csrfToken },
        ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      });
      const cookie = response.cookies.find((item) => item.name === PARTICIPANT_COOKIE);
      if (cookie !== undefined) {
        expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/live' });
        self.cookie = cookie.value;
      }
      if (response.statusCode < 300 && path === '/join') {
        self.csrfToken = response.json<JoinResult>().csrfToken;
      }
      return response;
    },
  };
  return self;
}

const join = (device: Phone, name: string, organisation = 'ONG Espoir') =>
  device.request('POST', '/join', {
    body: { name, organisation, sex: 'female', sector: 'civil_society' },
  });

describe('joining a workshop from one address', () => {
  it('is limited per minute', async () => {
    const server = await startTestServer('sqlite', { joinAttemptsPerMinute: 2 });
    try {
      const owner = await server.client();
      const { id: projectId } = await server.project(owner);
      const workshop = await buildWorkshop(server.workspace.store.db, {
        projectId,
        createdBy: owner.actor.id,
      });
      const statuses: number[] = [];
      for (const name of ['Awa', 'Binta', 'Chaka']) {
        statuses.push((await join(phone(server, workshop.joinCode), name)).statusCode);
      }
      expect(statuses).toEqual([200, 200, 429]);
      // Looking codes up is counted the same way, so codes cannot be guessed in bulk.
      const lookups: number[] = [];
      for (const code of [workshop.joinCode, 'ZZZZZZ', 'YYYYYY']) {
        lookups.push((await phone(server, code).request('GET', '')).statusCode);
      }
      expect(lookups).toEqual([200, 404, 429]);
    } finally {
      await server.close();
    }
  });
});

describe.each(TEST_DIALECTS)('the live session of a workshop, on %s', (dialect) => {
  let server: TestServer;
  let owner: Client;
  let organiser: Client;
  let observer: Client;
  let projectId: string;
  let workshop: { id: string; joinCode: string };
  let other: { id: string; joinCode: string };
  const recommendations: string[] = [];

  beforeAll(async () => {
    server = await startTestServer(dialect);
    owner = await server.client({ name: 'Chair' });
    const project = await server.project(owner, ['organiser', 'observer']);
    projectId = project.id;
    organiser = project.members.get('organiser') ?? owner;
    observer = project.members.get('observer') ?? owner;
    const db = server.workspace.store.db;
    const today = localDay();
    workshop = await buildWorkshop(db, {
      projectId,
      createdBy: owner.actor.id,
      startsOn: today,
      endsOn: today,
    });
    other = await buildWorkshop(db, { projectId, createdBy: owner.actor.id });
    for (const [index, title] of [
      'Protéger les victimes',
      'Loi sur le trafic illicite',
    ].entries()) {
      const record = await insertRecommendation(db, {
        projectId,
        title,
        type: index === 0 ? 'amend' : 'new_law',
        priority: 'high',
        status: 'proposed',
        theme: '',
        targetLawId: null,
        targetText: '',
        targetArticle: '',
        wording: `Libellé ${index + 1}`,
        rationale: '',
        findingIds: [],
        obligationIds: ['TIP.6.3'],
        createdById: owner.actor.id,
        versionNote: '',
      });
      recommendations.push(record.id);
    }
  }, 60_000);
  afterAll(() => server.close());

  const live = (path = '') => `/api/projects/${projectId}/workshops/${workshop.id}/live${path}`;

  it('names an unknown code, and tells a phone it has not joined', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/live/abc123' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ message: 'No workshop has the code ABC123' });
    const device = phone(server, workshop.joinCode.toLowerCase());
    expect((await device.request('GET', '')).json<LiveWorkshop>()).toMatchObject({
      joinCode: workshop.joinCode,
      participant: null,
    });
    expect((await device.request('GET', '/state')).statusCode).toBe(401);
  });

  it('runs a vote: phones join and vote, change their vote, see the count once closed; the decision keeps the count computed by the server', async () => {
    const chair = (method: 'GET' | 'POST', path: string, body?: unknown) =>
      organiser.request(method, live(path), body);
    const [first] = recommendations;
    expect((await chair('POST', '/show', { recommendationId: first })).statusCode).toBe(200);
    const opened = await chair('POST', '/vote', { recommendationId: first, prompt: 'Adopter ?' });
    expect(opened.statusCode).toBe(201);
    const session = opened.json<ChairLiveSession>();
    expect(session.recommendation).toMatchObject({ id: first, status: 'under_discussion' });
    expect(session.joinUrl).toMatch(new RegExp(`/#/join/${workshop.joinCode}$`));
    const questionId = session.question?.id ?? '';

    const phones = ['Awa', 'Binta', 'Chaka', 'Djeneba'].map(() => phone(server, workshop.joinCode));
    const names = ['Awa Diarra', 'Binta Koné', 'Chaka Traoré', 'Djeneba Sow'];
    for (const [index, device] of phones.entries()) {
      const joined = await join(device, names[index] ?? '');
      expect(joined.statusCode).toBe(200);
      expect(joined.json<JoinResult>().how).toBe('new');
    }
    const choices = ['against', 'for', 'against', 'abstain'] as const;
    await Promise.all(
      phones.map((device, index) =>
        device.request('POST', '/votes', { body: { questionId, choice: choices[index] } }),
      ),
    );
    // Awa changes her mind while the vote is open.
    const changed = await phones[0]?.request('POST', '/votes', {
      body: { questionId, choice: 'for' },
    });
    expect(changed?.statusCode).toBe(200);
    const state = (await phones[0]?.request('GET', '/state'))?.json<ParticipantState>();
    expect(state).toMatchObject({ myVote: 'for', tally: null, question: { status: 'open' } });
    expect((await chair('GET', '')).json<ChairLiveSession>().tally).toEqual({
      for: 2,
      against: 1,
      abstain: 1,
    });

    expect(
      (
        await chair('POST', '/decision', {
          status: 'adopted',
          method: 'vote',
          reason: 'Adoptée',
        })
      ).statusCode,
    ).toBe(409);
    expect((await chair('POST', '/vote/close')).statusCode).toBe(200);
    const late = await phones[1]?.request('POST', '/votes', {
      body: { questionId, choice: 'against' },
    });
    expect(late?.statusCode).toBe(409);
    const after = (await phones[1]?.request('GET', '/state'))?.json<ParticipantState>();
    expect(after).toMatchObject({
      myVote: 'for',
      tally: { for: 2, against: 1, abstain: 1 },
      question: { status: 'closed' },
    });

    // A typed count would be ignored: the body has no place for one.
    const decided = await chair('POST', '/decision', {
      status: 'adopted',
      method: 'vote',
      reason: 'Adoptée par l’atelier',
      tally: { for: 99, against: 0, abstain: 0 },
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json<ChairLiveSession>().recommendation?.status).toBe('adopted');
    const transition = await server.workspace.store.db
      .selectFrom('recommendation_transitions')
      .selectAll()
      .where('recommendation_id', '=', first ?? '')
      .where('to_status', '=', 'adopted')
      .executeTakeFirstOrThrow();
    expect(transition).toMatchObject({
      workshop_id: workshop.id,
      question_id: questionId,
      method: 'vote',
    });
    expect(JSON.parse(transition.tally_json ?? 'null')).toEqual({ for: 2, against: 1, abstain: 1 });
    // Putting it on screen moved it under discussion at the workshop, deciding nothing.
    const takenUp = await server.workspace.store.db
      .selectFrom('recommendation_transitions')
      .selectAll()
      .where('recommendation_id', '=', first ?? '')
      .where('to_status', '=', 'under_discussion')
      .executeTakeFirstOrThrow();
    expect(takenUp).toMatchObject({ workshop_id: workshop.id, method: null, tally_json: null });
    const audit = await server.workspace.store.db
      .selectFrom('audit_events')
      .select(['action', 'object_type'])
      .where('object_id', '=', questionId)
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['question.opened', 'question.closed']);
  });

  it('gives a returning phone its identity back, claims a person of the attendance list once, and refuses a second phone', async () => {
    const db = server.workspace.store.db;
    const listed = await buildParticipant(db, workshop.id, {
      name: 'Aïssata Traoré',
      organisation: 'Ministère de la Justice',
      registeredBy: 'import',
    });
    const first = phone(server, workshop.joinCode);
    const claimed = await join(first, 'AISSATA traore', 'ministere de la justice');
    expect(claimed.json<JoinResult>()).toMatchObject({
      how: 'claimed',
      participant: { id: listed.id, name: 'Aïssata Traoré' },
    });
    const again = await join(first, 'Someone else');
    expect(again.json<JoinResult>()).toMatchObject({
      how: 'returning',
      participant: { id: listed.id },
    });
    expect((await first.request('GET', '')).json<LiveWorkshop>().participant?.id).toBe(listed.id);

    const second = phone(server, workshop.joinCode);
    const refused = await join(second, 'Aïssata Traoré', 'Ministère de la Justice');
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ message: string }>().message).toContain('see the organiser');

    // The organiser releases the lost phone: it no longer acts as her, the new one takes over.
    const participants = `/api/projects/${projectId}/workshops/${workshop.id}/participants`;
    expect(
      (await observer.request('POST', `${participants}/${listed.id}/release-phone`)).statusCode,
    ).toBe(403);
    const released = await organiser.request('POST', `${participants}/${listed.id}/release-phone`);
    expect(released.statusCode).toBe(200);
    expect(released.json<{ hasDevice: boolean }>().hasDevice).toBe(false);
    expect((await first.request('GET', '/state')).statusCode).toBe(401);
    const taken = await join(second, 'Aïssata Traoré', 'Ministère de la Justice');
    expect(taken.json<JoinResult>()).toMatchObject({
      how: 'claimed',
      participant: { id: listed.id },
    });
    expect(
      (await organiser.request('POST', `${participants}/${listed.id}/release-phone`)).statusCode,
    ).toBe(200);
    expect(
      (await organiser.request('POST', `${participants}/${listed.id}/release-phone`)).statusCode,
    ).toBe(409);
  });

  it('keeps participants and users apart: no project route with a participant cookie, no change without the CSRF token, no other workshop', async () => {
    const device = phone(server, workshop.joinCode);
    await join(device, 'Fanta Camara');
    const cookie = device.cookie ?? '';
    const project = await server.app.inject({
      method: 'GET',
      url: `/api/projects/${projectId}`,
      cookies: { [PARTICIPANT_COOKIE]: cookie, [SESSION_COOKIE]: cookie },
    });
    expect(project.statusCode).toBe(401);
    const chairRoute = await server.app.inject({
      method: 'GET',
      url: live(),
      cookies: { [PARTICIPANT_COOKIE]: cookie },
    });
    expect(chairRoute.statusCode).toBe(401);

    const noToken = await device.request('POST', '/check-in', { csrf: false });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json()).toMatchObject({ error: 'csrf_failed' });
    const checked = await device.request('POST', '/check-in');
    expect(checked.json()).toMatchObject({ day: localDay(), created: true });
    expect((await device.request('POST', '/check-in')).json()).toMatchObject({ created: false });

    const elsewhere = await server.app.inject({
      method: 'GET',
      url: `/api/live/${other.joinCode}/state`,
      cookies: { [PARTICIPANT_COOKIE]: cookie },
    });
    expect(elsewhere.statusCode).toBe(401);
    // A logged-in user is not a participant.
    const user = await observer.request('GET', `/api/live/${workshop.joinCode}/state`);
    expect(user.statusCode).toBe(401);
    // And an observer does not run the session.
    expect((await observer.request('GET', live())).statusCode).toBe(403);
  });

  it('refuses a vote on another workshop’s question and takes amendments to the chair', async () => {
    const [, second] = recommendations;
    const elsewhere = await owner.request(
      'POST',
      `/api/projects/${projectId}/workshops/${other.id}/live/vote`,
      { recommendationId: second },
    );
    expect(elsewhere.statusCode).toBe(201);
    const foreign = elsewhere.json<ChairLiveSession>().question?.id ?? '';
    const device = phone(server, workshop.joinCode);
    await join(device, 'Moussa Keita', 'Police nationale');
    const refused = await device.request('POST', '/votes', {
      body: { questionId: foreign, choice: 'for' },
    });
    expect(refused.statusCode).toBe(404);

    await owner.request('POST', live('/show'), { recommendationId: second });
    const amendment = await device.request('POST', '/contributions', {
      body: {
        recommendationId: second,
        kind: 'amendment',
        body: 'Nommer la loi',
        proposedWording: 'Une loi spécifique sur le trafic illicite de migrants est adoptée.',
      },
    });
    expect(amendment.statusCode).toBe(201);
    const incomplete = await device.request('POST', '/contributions', {
      body: { recommendationId: second, kind: 'amendment', body: 'Sans libellé' },
    });
    expect(incomplete.statusCode).toBe(400);
    const id = amendment.json<{ id: string }>().id;
    const seen = (await owner.request('GET', live())).json<ChairLiveSession>();
    expect(seen.contributions.map((item) => [item.id, item.participant.name])).toEqual([
      [id, 'Moussa Keita'],
    ]);
    const accepted = await owner.request('POST', live(`/contributions/${id}/accept`), {});
    expect(accepted.statusCode).toBe(200);
    const after = accepted.json<ChairLiveSession>();
    expect(after.recommendation).toMatchObject({
      wording: 'Une loi spécifique sur le trafic illicite de migrants est adoptée.',
      wordingVersion: 2,
    });
    expect(after.contributions[0]?.status).toBe('accepted');
    const twice = await owner.request('POST', live(`/contributions/${id}/dismiss`));
    expect(twice.statusCode).toBe(409);
    const mine = (await device.request('GET', '/state')).json<ParticipantState>();
    expect(mine.contributions.map((item) => item.status)).toEqual(['accepted']);
  });

  it('tells phones when the screen or the vote moves, not of each vote', async () => {
    const base = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const device = phone(server, workshop.joinCode);
    await join(device, 'Oumou Sangaré', 'Radio Kledu');
    const controller = new AbortController();
    const response = await fetch(`${base}/api/live/${workshop.joinCode}/events`, {
      headers: { cookie: `${PARTICIPANT_COOKIE}=${device.cookie ?? ''}` },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let received = '';
    const readUntil = async (text: string) => {
      const deadline = Date.now() + 5000;
      while (!received.includes(text)) {
        if (Date.now() > deadline) throw new Error(`no “${text}” in: ${received}`);
        const chunk = await reader.read();
        if (chunk.done) throw new Error('the stream ended');
        received += decoder.decode(chunk.value, { stream: true });
      }
    };
    await readUntil('retry:');
    received = '';
    const [first] = recommendations;
    await owner.request('POST', live('/show'), { recommendationId: first });
    await readUntil('"kind":"live"');
    expect(received).not.toContain(owner.actor.name);

    const [, second] = recommendations;
    const opened = await owner.request('POST', live('/vote'), { recommendationId: second });
    const questionId = opened.json<ChairLiveSession>().question?.id ?? '';
    await readUntil('"kind":"live"');
    received = '';
    const voted = await device.request('POST', '/votes', { body: { questionId, choice: 'for' } });
    expect(voted.statusCode).toBe(200);
    // Vote announcements leave after 200 ms; the phones' stream lets none through.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await owner.request('POST', live('/vote/close'));
    await readUntil('"kind":"live"');
    expect(received).not.toContain('"kind":"vote"');
    controller.abort();
  });

  it('draws the join address as a QR code for the chair only', async () => {
    const qr = await owner.request('GET', live('/qr.svg'));
    expect(qr.statusCode).toBe(200);
    expect(qr.headers['content-type']).toContain('image/svg+xml');
    expect(qr.body).toContain('<svg');
    expect((await observer.request('GET', live('/qr.svg'))).statusCode).toBe(403);
  });
});
