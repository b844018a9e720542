import { describe, expect, it } from 'vitest';
import { buildDraftReport, type DraftReportData } from './draft-report.js';
import type { ReportDocument, ReportTable } from './report-document.js';

const counts = (aligned: number, partial: number, missing: number) => ({
  aligned,
  partial,
  missing,
  not_applicable: 0,
  not_assessed: 0,
});

const data = (language: 'fr' | 'en'): DraftReportData => ({
  language,
  date: '2026-12-12',
  project: { name: 'Réforme 2026', country: 'ML' },
  draft: { title: 'Avant-projet de loi', replacesLawTitle: 'Loi n°2012-023' },
  comparison: {
    left: 'Loi n°2012-023',
    right: 'Avant-projet de loi',
    rows: [
      {
        change: 'unchanged',
        old: [{ label: 'Article 1er', heading: '', text: 'Objet de la loi.' }],
        new: [{ label: 'Article 1er', heading: '', text: 'Objet de la loi.' }],
        diff: [],
        comment: 'Sans modification.',
        recommendations: [],
      },
      {
        change: 'modified',
        old: [{ label: 'Article 9', heading: 'Tentative', text: 'La peine est de cinq ans.' }],
        new: [{ label: 'Article 10', heading: 'Tentative', text: 'La peine est de dix ans.' }],
        diff: [
          { kind: 'same', text: 'La peine est de ' },
          { kind: 'removed', text: 'cinq' },
          { kind: 'added', text: 'dix' },
          { kind: 'same', text: ' ans.' },
        ],
        comment: 'Renuméroté (ancien article 9). Modifié.',
        recommendations: ['R7'],
      },
      {
        change: 'added',
        old: [],
        new: [{ label: 'Article 4', heading: '', text: 'Le consentement est indifférent.' }],
        diff: [{ kind: 'added', text: 'Le consentement est indifférent.' }],
        comment: 'Nouvel article.',
        recommendations: [],
      },
    ],
    counts: { unchanged: 1, modified: 1, added: 1, deleted: 0, split: 0, merged: 0 },
  },
  coverage: {
    totals: { before: counts(4, 2, 4), after: counts(6, 1, 3) },
    themes: [
      { theme: 'criminalization', before: counts(3, 1, 2), after: counts(5, 0, 1) },
      { theme: 'victim_protection', before: counts(1, 1, 2), after: counts(1, 1, 2) },
    ],
    obligations: [
      {
        obligationId: 'TIP.5.2.a',
        title: { fr: 'Tentative', en: 'Attempt' },
        before: 'missing',
        after: 'aligned',
        change: 'improved',
        articles: ['Article 10'],
      },
      {
        obligationId: 'TIP.6.3',
        title: { fr: 'Assistance', en: 'Assistance' },
        before: 'partial',
        after: 'missing',
        change: 'regressed',
        articles: [],
      },
    ],
    recommendations: [
      { label: 'R7', title: 'Punir la tentative', addressed: true, articles: ['Article 10'] },
      { label: 'R8', title: 'Assister les victimes', addressed: false, articles: [] },
    ],
  },
});

const table = (report: ReportDocument, id: string, index = 0): ReportTable => {
  const tables = (report.sections.find((section) => section.id === id)?.blocks ?? []).flatMap(
    (block) => (block.type === 'table' ? [block.table] : []),
  );
  const found = tables[index];
  if (found === undefined) throw new Error(`no table ${String(index)} in ${id}`);
  return found;
};

describe('the draft’s comparative table', () => {
  it('sets the law in force, the draft and the comment side by side with word changes', () => {
    const report = buildDraftReport(data('fr'));
    const rows = table(report, 'comparison').rows;
    expect(table(report, 'comparison').columns.map((column) => column.label)).toEqual([
      'Texte en vigueur',
      'Projet',
      'Commentaire',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[0]?.[0]).toMatchObject({
      text: 'Article 1er',
      diff: [{ kind: 'same', text: 'Objet de la loi.' }],
    });
    expect(rows[1]?.[0]?.text).toBe('Article 9 — Tentative');
    expect(rows[1]?.[0]?.diff?.map((segment) => segment.kind)).toEqual(['same', 'removed', 'same']);
    expect(rows[1]?.[1]?.diff?.map((segment) => segment.text).join('')).toBe(
      'La peine est de dix ans.',
    );
    expect(rows[1]?.[2]).toMatchObject({
      text: 'Renuméroté (ancien article 9). Modifié.',
      lines: ['Met en œuvre R7'],
    });
    expect(rows[2]?.[0]?.text).toBe('—');
    expect(report.sections[0]?.blocks[0]).toMatchObject({
      text: expect.stringContaining('1 inchangés, 1 modifiés, 1 ajoutés') as unknown,
    });
  });

  it('reports coverage before and after, the regressions and the recommendations, in English', () => {
    const report = buildDraftReport(data('en'));
    const figures = report.sections
      .find((section) => section.id === 'coverage')
      ?.blocks.find((block) => block.type === 'figures');
    expect(figures?.type === 'figures' && figures.items.map((item) => item.value)).toEqual([
      '60%',
      '70%',
      '1',
      '1',
    ]);
    expect(table(report, 'coverage').rows[0]?.map((cell) => cell.text)).toEqual([
      'Aligned',
      '4',
      '6',
      '+2',
    ]);
    expect(table(report, 'coverage-theme').rows[0]?.map((cell) => cell.text)).toEqual([
      'Criminalization',
      '3',
      '5',
      '1',
      '0',
      '2',
      '1',
    ]);
    expect(table(report, 'coverage-changes', 0).caption).toBe('Regressions');
    expect(table(report, 'coverage-changes', 0).rows[0]?.map((cell) => cell.text)).toEqual([
      'TIP.6.3',
      'Partial',
      'Missing',
      '—',
    ]);
    expect(table(report, 'coverage-changes', 1).rows[0]?.[0]?.text).toBe('TIP.5.2.a');
    expect(
      table(report, 'coverage-recommendations').rows.map((row) => [row[0]?.text, row[2]?.text]),
    ).toEqual([
      ['R7', 'Yes'],
      ['R8', 'Not yet'],
    ]);
  });
});
