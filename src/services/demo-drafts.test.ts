import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftNodeView } from '../contract/drafts.js';
import type { TestStore } from '../store/testing/test-stores.js';
import type { Actor } from './accounts.js';
import { compareDraft, draftCoverage, getDraft, listDrafts } from './drafts.js';
import type { Workspace } from './workspace.js';
import { openDemoStore } from './testing/demo-store.js';

function articlesOf(nodes: readonly DraftNodeView[]): DraftNodeView[] {
  return nodes.flatMap((node) => (node.kind === 'article' ? [node] : articlesOf(node.children)));
}

describe('the demo draft', () => {
  let test: TestStore;
  let workspace: Workspace;
  let admin: Actor;
  let projectId: string;

  beforeAll(async () => {
    ({ test, workspace, admin, projectId } = await openDemoStore());
  }, 120_000);
  afterAll(() => test.cleanup());

  it('revises the demo law in force with improvements linked to the recommendations, one version saved', async () => {
    const { drafts } = await listDrafts(workspace, { actor: admin, projectId });
    expect(drafts).toHaveLength(1);
    const [summary] = drafts;
    if (summary === undefined) throw new Error('no draft');
    expect(summary).toMatchObject({
      origin: 'law',
      versionCount: 1,
      replacesLawTitle: expect.stringMatching(/2012-023/) as unknown,
    });
    expect(summary.title).toMatch(/^Avant-projet de loi/);
    const draft = await getDraft(workspace, { actor: admin, projectId, draftId: summary.id });
    const articles = articlesOf(draft.body);
    const byLabel = new Map(articles.map((article) => [article.label, article]));
    // The consent article written after the version moved everything after article 3 by one.
    expect(byLabel.get('Article 4')).toMatchObject({
      heading: 'Consentement de la victime',
      obligationIds: ['TIP.3.b'],
    });
    expect(byLabel.get('Article 33')).toMatchObject({ heading: 'Non-sanction des victimes' });
    expect(byLabel.get('Article 33')?.recommendationIds).toHaveLength(1);
    expect(byLabel.get('Article 32')?.body).toMatch(/langue qu'elles comprennent/);
    expect(byLabel.get('Article 10')?.body).toMatch(/complice/);
    expect(draft.problems.filter((problem) => problem.code === 'unknown-recommendation')).toEqual(
      [],
    );

    const request = { actor: admin, projectId, draftId: summary.id };
    const sinceVersion = await compareDraft(workspace, {
      ...request,
      query: { left: 'v1', right: 'current' },
    });
    expect(sinceVersion.counts.added).toBe(1);
    const withLaw = await compareDraft(workspace, { ...request, query: { right: 'current' } });
    expect(withLaw.counts.added).toBe(2);
    expect(withLaw.counts.modified).toBeGreaterThanOrEqual(2);

    const coverage = await draftCoverage(workspace, { ...request, side: 'current' });
    expect(coverage.regressions).toEqual([]);
    expect(coverage.totals.after.aligned).toBeGreaterThan(coverage.totals.before.aligned);
    const consent = coverage.obligations.find((row) => row.obligationId === 'TIP.3.b');
    expect(consent).toMatchObject({ before: 'missing', change: 'improved' });
  });
});
