import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  RecommendationDetail,
  RecommendationDiff,
  RecommendationList,
} from '../../contract/recommendations.js';
import { insertFindings } from '../../store/repos/findings.js';
import { TEST_DIALECTS } from '../../store/testing/test-stores.js';
import { startTestServer, type Client, type TestServer } from '../testing/test-server.js';

describe.each(TEST_DIALECTS)('recommendation routes on %s', (dialect) => {
  let server: TestServer;
  let analyst: Client;
  let reviewer: Client;
  let observer: Client;
  let base: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    const owner = await server.client({ name: 'Owner' });
    const project = await server.project(owner, ['analyst', 'reviewer', 'observer']);
    analyst = project.members.get('analyst') as Client; // asked for above
    reviewer = project.members.get('reviewer') as Client;
    observer = project.members.get('observer') as Client;
    base = `/api/projects/${project.id}/recommendations`;
    await insertFindings(server.workspace.store.db, [
      {
        projectId: project.id,
        obligationId: 'GP.nonpunishment',
        status: 'missing',
        engineStatus: 'missing',
        engine: {},
        summary: {},
        mappings: [],
        reason: '',
        statusSetByAnalyst: false,
        confirmedAt: null,
        updatedById: null,
        confirmedById: null,
      },
    ]);
  });
  afterAll(() => server.close());

  const body = {
    title: 'Non-sanction des victimes',
    type: 'add',
    priority: 'high',
    targetLawId: null,
    targetText: 'Loi n° 2012-023',
    targetArticle: 'Article 21 bis',
    wording: 'Les victimes ne sont pas punies pour les infractions commises sous la contrainte.',
    rationale: 'Aucune disposition de non-sanction.',
    findingIds: ['GP.nonpunishment'],
    obligationIds: [],
  };

  it('creates, lists with filters, amends, diffs and decides over HTTP', async () => {
    const created = await analyst.request('POST', base, body);
    expect(created.statusCode).toBe(201);
    const detail = created.json<RecommendationDetail>();
    expect(detail).toMatchObject({
      label: 'R1',
      status: 'draft',
      theme: 'victim_protection',
      findings: [{ obligationId: 'GP.nonpunishment', status: 'missing' }],
    });

    const listed = await observer.request('GET', `${base}?type=add&q=victimes`);
    expect(listed.json<RecommendationList>().recommendations.map((item) => item.label)).toEqual([
      'R1',
    ]);
    const none = await observer.request('GET', `${base}?status=adopted`);
    expect(none.json<RecommendationList>().recommendations).toEqual([]);
    const badFilter = await observer.request('GET', `${base}?status=maybe`);
    expect(badFilter.statusCode).toBe(400);

    const url = `${base}/${detail.id}`;
    const amended = await analyst.request('POST', `${url}/wording`, {
      wording:
        'Les victimes de la traite ne sont pas punies pour les infractions commises sous la contrainte.',
      note: 'Préciser',
      version: detail.version,
    });
    expect(amended.statusCode).toBe(200);
    const v2 = amended.json<RecommendationDetail>();
    expect(v2.versions[1]?.diff).toContainEqual({ kind: 'added', text: 'de la traite ' });

    const diff = await observer.request('GET', `${url}/diff?from=1&to=2`);
    expect(diff.json<RecommendationDiff>()).toMatchObject({ from: 1, to: 2 });

    const proposed = await analyst.request('POST', `${url}/status`, {
      status: 'proposed',
      reason: '',
      version: v2.version,
    });
    expect(proposed.json<RecommendationDetail>().status).toBe('proposed');
    const stale = await reviewer.request('POST', `${url}/decision`, {
      status: 'under_discussion',
      reason: '',
      version: v2.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'conflict' });
    const forbidden = await analyst.request('POST', `${url}/decision`, {
      status: 'under_discussion',
      reason: '',
      version: proposed.json<RecommendationDetail>().version,
    });
    expect(forbidden.statusCode).toBe(403);
    const discussed = await reviewer.request('POST', `${url}/decision`, {
      status: 'under_discussion',
      reason: '',
      version: proposed.json<RecommendationDetail>().version,
    });
    expect(discussed.statusCode).toBe(200);
    const noReason = await reviewer.request('POST', `${url}/decision`, {
      status: 'rejected',
      reason: '',
      version: discussed.json<RecommendationDetail>().version,
    });
    expect(noReason.json()).toMatchObject({
      error: 'validation_failed',
      issues: ['reason: A decision needs a reason'],
    });
    const comment = await observer.request('POST', `${url}/comments`, { body: 'Non' });
    expect(comment.statusCode).toBe(403);
    const deleted = await analyst.request('DELETE', url);
    expect(deleted.statusCode).toBe(409);
  });

  it('names each wrong field of a new recommendation', async () => {
    const response = await analyst.request('POST', base, {
      ...body,
      title: ' ',
      type: 'rewrite',
      wording: '',
    });
    expect(response.statusCode).toBe(400);
    const issues = response.json<{ issues: string[] }>().issues;
    expect(issues.some((issue) => issue.startsWith('title:'))).toBe(true);
    expect(issues.some((issue) => issue.startsWith('type:'))).toBe(true);
    expect(issues.some((issue) => issue.startsWith('wording:'))).toBe(true);
  });
});
