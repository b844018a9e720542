import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingDetail, FindingRow, FindingTable } from '../contract/findings.js';
import type { LawDetail } from '../contract/laws.js';
import { DEMO_LAW } from '../services/demo-workspace.js';
import { TEST_DIALECTS } from '../store/testing/test-stores.js';
import { CSRF_HEADER, SESSION_COOKIE } from './session-cookie.js';
import {
  login,
  startTestServer,
  TEST_PASSWORD,
  type Client,
  type TestServer,
} from './testing/test-server.js';

describe.each(TEST_DIALECTS)('the HTTP API on %s', (dialect) => {
  let server: TestServer;
  let owner: Client;
  let analyst: Client;
  let reviewer: Client;
  let observer: Client;
  let projectId: string;
  let law: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    owner = await server.client({ name: 'Owner' });
    const project = await server.project(owner, ['analyst', 'reviewer', 'observer']);
    projectId = project.id;
    analyst = project.members.get('analyst') as Client; // asked for above
    reviewer = project.members.get('reviewer') as Client;
    observer = project.members.get('observer') as Client;
    law = await readFile(DEMO_LAW, 'utf8');
  });
  afterAll(() => server.close());

  describe('accounts and sessions', () => {
    it('refuses a wrong password with a stable error body and sets no cookie', async () => {
      const email = 'nobody@example.org';
      const { response, cookie } = await login(server.app, { email, password: 'wrong password' });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({
        error: 'invalid_credentials',
        message: 'Wrong email or password',
      });
      expect(cookie).toBe('');
    });

    it('sets an HttpOnly SameSite session cookie and answers who is logged in', async () => {
      const client = await server.client();
      const me = await client.request('GET', '/api/auth/me');
      expect(me.json()).toMatchObject({
        user: { id: client.actor.id },
        csrfToken: client.csrfToken,
      });
      const user = await server.workspace.store.db
        .selectFrom('users')
        .select('email')
        .where('id', '=', client.actor.id)
        .executeTakeFirstOrThrow();
      const { response } = await login(server.app, { email: user.email, password: TEST_PASSWORD });
      const header = String(response.headers['set-cookie']);
      expect(header).toContain(`${SESSION_COOKIE}=`);
      expect(header).toMatch(/HttpOnly/i);
      expect(header).toMatch(/SameSite=Lax/i);
    });

    it('refuses a change without the CSRF token, or from another site', async () => {
      const client = await server.client();
      const project = { name: 'X', country: 'ML', language: 'fr' };
      const withoutToken = await server.app.inject({
        method: 'POST',
        url: '/api/projects',
        cookies: { [SESSION_COOKIE]: client.cookie },
        payload: project,
      });
      expect(withoutToken.statusCode).toBe(403);
      expect(withoutToken.json()).toMatchObject({ error: 'csrf_failed' });
      const otherSite = await server.app.inject({
        method: 'POST',
        url: '/api/projects',
        cookies: { [SESSION_COOKIE]: client.cookie },
        headers: { [CSRF_HEADER]: client.csrfToken, origin: 'https://evil.example' },
        payload: project,
      });
      expect(otherSite.json()).toMatchObject({ error: 'csrf_failed' });
      expect((await client.request('POST', '/api/projects', project)).statusCode).toBe(201);
    });

    it('asks for a session before anything else', async () => {
      const anonymous = await server.app.inject({ method: 'GET', url: '/api/projects' });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json()).toMatchObject({ error: 'unauthenticated' });
    });

    it('lets a site admin give a one-time password, which ends the person’s sessions', async () => {
      const admin = await server.client({ isAdmin: true });
      const person = await server.client();
      const reset = await admin.request('POST', `/api/users/${person.actor.id}/password`, {
        password: 'a new one-time password',
      });
      expect(reset.json()).toMatchObject({ id: person.actor.id, mustChangePassword: true });
      expect((await person.request('GET', '/api/auth/me')).statusCode).toBe(401);
      const email = reset.json<{ email: string }>().email;
      const again = await login(server.app, { email, password: 'a new one-time password' });
      expect(again.response.json()).toMatchObject({ user: { mustChangePassword: true } });
      const denied = await person.request('POST', `/api/users/${admin.actor.id}/password`, {
        password: 'a new one-time password',
      });
      expect(denied.statusCode).toBe(401);
    });

    it('sends security headers', async () => {
      const response = await server.app.inject({ method: 'GET', url: '/api/openapi.json' });
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBeDefined();
    });

    it('serves an OpenAPI description of every route', async () => {
      const response = await server.app.inject({ method: 'GET', url: '/api/openapi.json' });
      const document = response.json<{ openapi: string; paths: Record<string, unknown> }>();
      expect(document.openapi).toBe('3.1.0');
      expect(Object.keys(document.paths)).toContain(
        '/api/projects/{projectId}/findings/{obligationId}/confirm',
      );
    });
  });

  describe('importing a law', () => {
    it('imports, analyses and shows the law article by article with its coverage', async () => {
      const response = await analyst.upload(`/api/projects/${projectId}/laws`, {
        name: 'loi.txt',
        content: law,
      });
      expect(response.statusCode).toBe(201);
      const { law: summary } = response.json<{ law: { id: string; articleCount: number } }>();
      expect(summary.articleCount).toBe(41);
      const detail = (
        await observer.request('GET', `/api/projects/${projectId}/laws/${summary.id}`)
      ).json<LawDetail>();
      expect(detail.articles[0]).toMatchObject({
        num: '1er',
        path: ['Titre I : DISPOSITIONS GÉNÉRALES'],
      });
      const definitions = detail.articles.find((article) => article.num === '3');
      expect(definitions?.coverage.map((item) => item.obligationId)).toContain('TIP.3.a');
      const table = (
        await observer.request('GET', `/api/projects/${projectId}/findings`)
      ).json<FindingTable>();
      expect(table.findings.length).toBeGreaterThan(150);
      expect(table.progress).toEqual({ confirmed: 0, total: table.findings.length });
    });

    it('refuses a file over the limit and a file that is not a law, and changes nothing', async () => {
      const before = (await owner.request('GET', `/api/projects/${projectId}/laws`)).json<{
        laws: unknown[];
      }>();
      const big = await analyst.upload(`/api/projects/${projectId}/laws`, {
        name: 'big.txt',
        content: 'Article 1 : x\n'.repeat(200_000),
      });
      expect(big.statusCode).toBe(413);
      expect(big.json()).toMatchObject({ error: 'payload_too_large' });
      const binary = await analyst.upload(`/api/projects/${projectId}/laws`, {
        name: 'photo.bin',
        content: new Uint8Array([0, 1, 2, 3, 255, 0, 0, 7, 8, 9, 0, 0]),
      });
      expect([415, 422]).toContain(binary.statusCode);
      expect(binary.json<{ message: string }>().message).toContain('photo.bin');
      const notJson = await analyst.request('POST', `/api/projects/${projectId}/laws`, {
        file: 'x',
      });
      expect(notJson.statusCode).toBe(415);
      const after = (await owner.request('GET', `/api/projects/${projectId}/laws`)).json<{
        laws: unknown[];
      }>();
      expect(after.laws).toHaveLength(before.laws.length);
    });
  });

  describe('reviewing findings', () => {
    const finding = (client: Client) =>
      client
        .request('GET', `/api/projects/${projectId}/findings/TIP.3.a`)
        .then((r) => r.json<FindingDetail>());

    it('shows the engine’s candidates with evidence inside the provision texts', async () => {
      const detail = await finding(observer);
      const best = detail.candidates[0];
      expect(best?.label).toBe('Article 3');
      const text = detail.texts.find((item) => item.eId === best?.eId)?.text ?? '';
      const evidence = best?.evidence[0];
      expect(evidence && text.slice(evidence.start, evidence.end)).toBe(evidence?.text);
      expect(detail.elements.some((element) => !element.present)).toBe(true);
    });

    it('lets an analyst set a status with a reason, refuses a stale version, records who and when', async () => {
      const detail = await finding(analyst);
      const url = `/api/projects/${projectId}/findings/TIP.3.a`;
      const saved = await analyst.request('PATCH', url, {
        status: 'partial',
        reason: 'Moyens incomplets',
        version: detail.version,
      });
      expect(saved.statusCode).toBe(200);
      expect(saved.json<FindingRow>()).toMatchObject({
        status: 'partial',
        version: detail.version + 1,
      });
      const stale = await analyst.request('PATCH', url, {
        status: 'aligned',
        reason: 'x',
        version: detail.version,
      });
      expect(stale.statusCode).toBe(409);
      const noReason = await analyst.request('PATCH', url, {
        status: 'aligned',
        reason: ' ',
        version: detail.version + 1,
      });
      expect(noReason.json()).toMatchObject({
        error: 'validation_failed',
        issues: ['reason: a reason is required'],
      });
      const audit = await observer.request(
        'GET',
        `/api/projects/${projectId}/audit?objectType=finding&objectId=TIP.3.a`,
      );
      const [last] = audit.json<{
        events: {
          actor: { name: string };
          before: { status: string };
          after: { status: string };
        }[];
      }>().events;
      expect(last).toMatchObject({ actor: { name: 'A analyst' }, after: { status: 'partial' } });
    });

    it('lets a reviewer confirm, and the progress counts it', async () => {
      const detail = await finding(reviewer);
      const url = `/api/projects/${projectId}/findings/TIP.3.a/confirm`;
      expect((await analyst.request('POST', url, { version: detail.version })).statusCode).toBe(
        403,
      );
      const confirmed = await reviewer.request('POST', url, { version: detail.version });
      expect(confirmed.json<FindingRow>().confirmedBy?.name).toBe('A reviewer');
      const table = (
        await observer.request('GET', `/api/projects/${projectId}/findings?unconfirmed=true`)
      ).json<FindingTable>();
      expect(table.progress.confirmed).toBe(1);
      expect(table.findings.some((row) => row.obligationId === 'TIP.3.a')).toBe(false);
    });

    it('keeps analysts’ decisions when the analysis is re-run', async () => {
      const detail = await finding(analyst);
      const candidate = detail.candidates[0];
      if (candidate === undefined) throw new Error('no candidate');
      const url = `/api/projects/${projectId}/findings/TIP.3.a/mappings`;
      const decided = await analyst.request('PUT', url, {
        lawId: candidate.lawId,
        eId: candidate.eId,
        decision: 'accepted',
        version: detail.version,
      });
      expect(decided.statusCode).toBe(200);
      const run = await analyst.request('POST', `/api/projects/${projectId}/analysis`);
      expect(run.json()).toMatchObject({ kept: 1 });
      const after = await finding(observer);
      expect(after).toMatchObject({ status: 'partial', reason: 'Moyens incomplets' });
      expect(after.confirmedBy?.name).toBe('A reviewer');
      expect(after.candidates[0]?.decision).toBe('accepted');
    });

    it('keeps a comment thread', async () => {
      const url = `/api/projects/${projectId}/findings/TIP.3.a/comments`;
      expect((await observer.request('POST', url, { body: 'Je lis seulement' })).statusCode).toBe(
        403,
      );
      expect(
        (await reviewer.request('POST', url, { body: 'Voir aussi l’article 9' })).statusCode,
      ).toBe(201);
      const detail = await finding(observer);
      expect(detail.comments.map((comment) => [comment.author.name, comment.body])).toEqual([
        ['A reviewer', 'Voir aussi l’article 9'],
      ]);
    });

    it('counts statuses per theme and instrument on the dashboard', async () => {
      const dashboard = (
        await observer.request('GET', `/api/projects/${projectId}/dashboard`)
      ).json<{
        total: number;
        confirmed: number;
        byInstrument: { key: string; total: number }[];
      }>();
      expect(dashboard.confirmed).toBe(1);
      expect(dashboard.byInstrument.map((group) => group.key)).toEqual(['TIP', 'SOM', 'UNTOC']);
      expect(dashboard.byInstrument.reduce((sum, group) => sum + group.total, 0)).toBe(
        dashboard.total,
      );
    });
  });

  describe('projects are closed to outsiders', () => {
    it('answers 404 to a user of another project for every project route', async () => {
      const outsider = await server.client();
      const urls = [
        `/api/projects/${projectId}`,
        `/api/projects/${projectId}/members`,
        `/api/projects/${projectId}/laws`,
        `/api/projects/${projectId}/findings`,
        `/api/projects/${projectId}/findings/TIP.3.a`,
        `/api/projects/${projectId}/dashboard`,
        `/api/projects/${projectId}/audit`,
        `/api/projects/${projectId}/events`,
      ];
      for (const url of urls) {
        const response = await outsider.request('GET', url);
        expect([url, response.statusCode]).toEqual([url, 404]);
      }
      const list = (await outsider.request('GET', '/api/projects')).json<{ projects: unknown[] }>();
      expect(list.projects).toEqual([]);
    });
  });
});
