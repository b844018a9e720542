import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportBlock, ReportDocument } from '../core/reports/report-document.js';
import type { TestStore } from '../store/testing/test-stores.js';
import type { Actor } from './accounts.js';
import { AppError } from './app-error.js';
import { projectDashboard } from './project-dashboard.js';
import { compareDraft, listDrafts } from './drafts.js';
import { createProject } from './projects.js';
import { reportDocument } from './report-data.js';
import type { Workspace } from './workspace.js';
import { openDemoStore } from './testing/demo-store.js';

const blocksOf = (report: ReportDocument, id: string): readonly ReportBlock[] =>
  report.sections.find((section) => section.id === id)?.blocks ?? [];

describe('reports of the demo project', () => {
  let test: TestStore;
  let workspace: Workspace;
  let admin: Actor;
  let projectId: string;

  beforeAll(async () => {
    ({ test, workspace, admin, projectId } = await openDemoStore());
  });
  afterAll(() => test.cleanup());

  it('the analysis report says what the dashboard says', async () => {
    const dashboard = await projectDashboard(workspace, { actor: admin, projectId });
    const report = await reportDocument(workspace, {
      actor: admin,
      projectId,
      kind: 'analysis',
      language: 'en',
      today: '2026-12-10',
    });
    expect(report.cover.facts.find((fact) => fact.label === 'Country')?.value).toBe('Mali');
    expect(report.cover.facts.find((fact) => fact.label === 'Authors')?.value).toContain(
      'Moussa Keïta',
    );
    const figures = blocksOf(report, 'summary').find((block) => block.type === 'figures');
    if (figures?.type !== 'figures') throw new Error('no figures');
    expect(figures.items.slice(0, 5).map((item) => Number(item.value))).toEqual([
      dashboard.counts.aligned,
      dashboard.counts.partial,
      dashboard.counts.missing,
      dashboard.counts.not_applicable,
      dashboard.counts.not_assessed,
    ]);
    const concordance = blocksOf(report, 'concordance').find((block) => block.type === 'table');
    expect(concordance?.type === 'table' && concordance.table.rows.length).toBe(dashboard.total);
    const annex = blocksOf(report, 'annex-catalogue').find((block) => block.type === 'table');
    expect(annex?.type === 'table' && annex.table.rows.length).toBe(dashboard.total);
    const byTheme = blocksOf(report, 'coverage-theme').find((block) => block.type === 'table');
    if (byTheme?.type !== 'table') throw new Error('no table');
    expect(byTheme.table.rows.map((row) => Number(row.at(-2)?.text))).toEqual(
      dashboard.byTheme.map((group) => group.total),
    );
    const recommendations = blocksOf(report, 'recommendations').find(
      (block) => block.type === 'table',
    );
    if (recommendations?.type !== 'table') throw new Error('no recommendations');
    expect(recommendations.table.rows[0]?.[0]?.text).toBe('R1');
    expect(
      recommendations.table.rows.some((row) => row[5]?.text.startsWith('Vote (') === true),
    ).toBe(true);
  });

  it('is written in French on request', async () => {
    const report = await reportDocument(workspace, {
      actor: admin,
      projectId,
      kind: 'analysis',
      language: 'fr',
    });
    expect(report.sections[0]?.heading).toBe('Résumé');
    expect(report.cover.facts[0]).toEqual({ label: 'Pays', value: 'Mali' });
  });

  it('the workshop report counts the demo workshop’s 52 participants, 15 of them women', async () => {
    const report = await reportDocument(workspace, {
      actor: admin,
      projectId,
      kind: 'workshop',
      language: 'en',
    });
    const bySector = blocksOf(report, 'participants-sector').find(
      (block) => block.type === 'table',
    );
    if (bySector?.type !== 'table') throw new Error('no table');
    expect(bySector.table.rows.at(-1)?.map((cell) => cell.text)).toEqual([
      'All',
      '15',
      '37',
      '52',
      '29%',
    ]);
    expect(report.sections.some((section) => section.id === 'annex-participants')).toBe(false);
    const decisions = blocksOf(report, 'decisions').find((block) => block.type === 'table');
    expect(decisions?.type === 'table' && decisions.table.rows.length).toBeGreaterThanOrEqual(5);
    const withList = await reportDocument(workspace, {
      actor: admin,
      projectId,
      kind: 'workshop',
      language: 'fr',
      includeParticipants: true,
    });
    const list = blocksOf(withList, 'annex-participants').find((block) => block.type === 'table');
    if (list?.type !== 'table') throw new Error('no list');
    expect(list.table.rows).toHaveLength(52);
    expect(list.table.rows.filter((row) => row[4]?.text === 'Femme')).toHaveLength(15);
    expect(JSON.stringify(list.table)).not.toMatch(/@|\+\d{3}/);
  });

  it('the draft report holds the comparative table and the coverage of the draft', async () => {
    const { drafts } = await listDrafts(workspace, { actor: admin, projectId });
    const draftId = drafts[0]?.id ?? '';
    const comparison = await compareDraft(workspace, {
      actor: admin,
      projectId,
      draftId,
      query: { right: 'current' },
    });
    const report = await reportDocument(workspace, {
      actor: admin,
      projectId,
      kind: 'draft',
      language: 'en',
    });
    const table = blocksOf(report, 'comparison').find((block) => block.type === 'table');
    if (table?.type !== 'table') throw new Error('no comparative table');
    expect(table.table.rows).toHaveLength(comparison.rows.length);
    const modified = comparison.rows.findIndex((row) => row.change === 'modified');
    expect(modified).toBeGreaterThanOrEqual(0);
    expect(table.table.rows[modified]?.[1]?.diff?.some((part) => part.kind === 'added')).toBe(true);
    expect(report.sections.map((section) => section.id)).toContain('coverage-recommendations');
    // The French demo draft's comparison is commented in the report's language.
    const unchanged = comparison.rows.findIndex((row) => row.change === 'unchanged');
    expect(table.table.rows[unchanged]?.[2]?.text).toBe('Unchanged.');
  });

  it('says clearly when a project has no workshop or no draft', async () => {
    const other = await createProject(workspace, {
      actor: admin,
      input: { name: 'Empty', country: 'SN', language: 'fr', description: '' },
    });
    for (const kind of ['workshop', 'draft'] as const) {
      await expect(
        reportDocument(workspace, { actor: admin, projectId: other.id, kind, language: 'en' }),
      ).rejects.toThrow(kind === 'workshop' ? /no workshop yet/ : /no draft yet/);
    }
  });

  it('is refused to someone outside the project', async () => {
    const outsider: Actor = { ...admin, id: 'nobody', isAdmin: false };
    await expect(
      reportDocument(workspace, { actor: outsider, projectId, kind: 'analysis', language: 'en' }),
    ).rejects.toThrow(AppError);
  });
});
