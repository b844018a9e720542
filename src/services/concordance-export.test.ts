import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestStore } from '../store/testing/test-stores.js';
import type { Actor } from './accounts.js';
import { exportConcordance, exportRecommendations } from './concordance-export.js';
import { createRecommendation } from './recommendations.js';
import type { Workspace } from './workspace.js';
import { openDemoStore } from './testing/demo-store.js';

async function readSheet(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error('no sheet');
  return sheet;
}

const cellText = (sheet: ExcelJS.Worksheet, row: number, column: number): string =>
  sheet.getRow(row).getCell(column).text;

describe('spreadsheet exports of the demo project', () => {
  let test: TestStore;
  let workspace: Workspace;
  let admin: Actor;
  let projectId: string;

  beforeAll(async () => {
    ({ test, workspace, admin, projectId } = await openDemoStore());
  }, 120_000);
  afterAll(() => test.cleanup());

  it('writes the concordance table as a workbook with styled, frozen, filtered headers', async () => {
    const file = await exportConcordance(workspace, {
      actor: admin,
      projectId,
      format: 'xlsx',
      language: 'en',
      day: '2026-12-09',
    });
    expect(file.fileName).toBe('concordance-ML-2026-12-09.xlsx');
    const sheet = await readSheet(file.bytes);
    expect(sheet.name).toBe('Concordance');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Obligation',
      'Title',
      'Theme',
      'Instrument',
      'Status',
      'Engine status',
      'Provisions',
      'Missing elements',
      'Reasoning',
      'Confirmed',
    ]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeDefined();
    const rows = sheet.rowCount - 1;
    expect(rows).toBeGreaterThan(100);
    const definition = Array.from({ length: rows }, (_unused, index) => index + 2).find(
      (row) => cellText(sheet, row, 1) === 'TIP.3.a',
    );
    if (definition === undefined) throw new Error('TIP.3.a missing');
    expect(cellText(sheet, definition, 3)).toBe('Definitions');
    expect(cellText(sheet, definition, 5)).toBe('Partial');
    expect(cellText(sheet, definition, 7)).toMatch(/Art/);
    expect(cellText(sheet, definition, 10)).toMatch(/^Moussa Keïta, 20\d\d-/);
  });

  it('writes French CSV with a byte order mark, semicolons and French statuses', async () => {
    const file = await exportConcordance(workspace, {
      actor: admin,
      projectId,
      format: 'csv',
      day: '2026-12-09',
    });
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
    expect(text.startsWith('\uFEFFObligation;Intitulé;Thème;Instrument;Statut;')).toBe(true);
    expect(text).toMatch(/\r\nTIP\.3\.a;[^;]*;Définitions;[^\r]*;Partiel;/);
  });

  it('lists recommendations with their wording and decision, neutralising formulas', async () => {
    await createRecommendation(workspace, {
      actor: admin,
      projectId,
      input: {
        title: '=HYPERLINK("http://example.invalid","click")',
        type: 'add',
        priority: 'low',
        targetLawId: null,
        targetText: '',
        targetArticle: '',
        wording: '@SUM(A1:A9)',
        rationale: '',
        findingIds: [],
        obligationIds: ['SOM.6.1.a'],
      },
    });
    const csv = await exportRecommendations(workspace, {
      actor: admin,
      projectId,
      format: 'csv',
      language: 'en',
      day: '2026-12-09',
    });
    expect(csv.fileName).toBe('recommendations-ML-2026-12-09.csv');
    const text = new TextDecoder().decode(csv.bytes);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Number,Title,Type,Priority,Status,Theme,Obligations,Wording,Decision');
    expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"",""click"")"`);
    expect(text).toContain("'@SUM(A1:A9)");
    expect(text).toMatch(/,Adopted,[^\r]*by (vote|consensus)/);
    const xlsx = await exportRecommendations(workspace, {
      actor: admin,
      projectId,
      format: 'xlsx',
      language: 'fr',
      day: '2026-12-09',
    });
    const sheet = await readSheet(xlsx.bytes);
    expect(sheet.name).toBe('Recommandations');
    expect(cellText(sheet, 1, 8)).toBe('Libellé');
    expect(sheet.rowCount).toBe(lines.length - 1);
  });
});
