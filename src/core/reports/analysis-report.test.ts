import { describe, expect, it } from 'vitest';
import {
  buildAnalysisReport,
  gapsInPriority,
  type AnalysisReportData,
  type ReportFinding,
} from './analysis-report.js';
import type { ReportBlock, ReportDocument, ReportTable } from './report-document.js';

const finding = (
  [obligationId, status, kind, theme]: [string, ReportFinding['status'], string, string],
  extra: Partial<ReportFinding> = {},
): ReportFinding => ({
  obligationId,
  title: { fr: `Titre ${obligationId}`, en: `Title ${obligationId}` },
  instrument: obligationId.split('.')[0] ?? 'TIP',
  theme,
  kind,
  status,
  provisions: [],
  missingElements: [],
  explanation: `Engine on ${obligationId}`,
  reason: '',
  confirmed: false,
  ...extra,
});

const findings: ReportFinding[] = [
  finding(['TIP.3.a', 'partial', 'definition', 'definitions'], {
    provisions: [
      { label: 'Article 1', decision: 'accepted' },
      { label: 'Article 9', decision: 'rejected' },
    ],
    missingElements: [{ fr: 'abus de vulnérabilité', en: 'abuse of vulnerability' }],
    reason: 'Les moyens sont incomplets.',
    confirmed: true,
  }),
  finding(['TIP.5.1', 'aligned', 'mandatory', 'criminalization'], {
    provisions: [{ label: 'Article 7', decision: 'accepted' }],
  }),
  finding(['SOM.5', 'missing', 'mandatory', 'prevention']),
  finding(['SOM.6.1.a', 'missing', 'mandatory', 'criminalization']),
  finding(['TIP.6.3', 'missing', 'endeavour', 'victim_protection']),
  finding(['TIP.6.6', 'missing', 'mandatory', 'victim_protection']),
  finding(['GP.hotline', 'partial', 'optional', 'victim_protection']),
  finding(['TIP.9.1', 'partial', 'mandatory', 'prevention']),
  finding(['UNTOC.15.1', 'not_applicable', 'mandatory', 'jurisdiction']),
];

const counts = (rows: readonly ReportFinding[]) => ({
  aligned: rows.filter((row) => row.status === 'aligned').length,
  partial: rows.filter((row) => row.status === 'partial').length,
  missing: rows.filter((row) => row.status === 'missing').length,
  not_applicable: rows.filter((row) => row.status === 'not_applicable').length,
  not_assessed: rows.filter((row) => row.status === 'not_assessed').length,
});

const groups = (key: 'theme' | 'instrument') =>
  [...new Set(findings.map((row) => row[key]))].map((value) => {
    const rows = findings.filter((row) => row[key] === value);
    return { key: value, counts: counts(rows), total: rows.length };
  });

const data = (language: 'fr' | 'en'): AnalysisReportData => ({
  language,
  date: '2026-12-10',
  project: { name: 'Réforme 2026', country: 'ML' },
  laws: ['Loi n°2012-023'],
  authors: ['Moussa Keïta', 'Awa Traoré'],
  catalogueVersion: '2026.1',
  findings,
  coverage: {
    counts: counts(findings),
    total: findings.length,
    confirmed: 1,
    byTheme: groups('theme'),
    byInstrument: groups('instrument'),
  },
  recommendations: [
    {
      label: 'R1',
      title: 'Incriminer le trafic illicite de migrants',
      type: 'new_law',
      priority: 'high',
      status: 'adopted',
      method: 'vote',
      tally: { for: 30, against: 2, abstain: 1 },
      decidedAt: '2026-12-08T10:00:00Z',
    },
    {
      label: 'R2',
      title: 'Protéger les victimes',
      type: 'amend',
      priority: 'medium',
      status: 'proposed',
      method: null,
      tally: null,
      decidedAt: null,
    },
  ],
  catalogue: findings.map((row) => ({
    id: row.obligationId,
    title: row.title,
    kind: row.kind,
    theme: row.theme,
    instrument: row.instrument,
  })),
});

const section = (report: ReportDocument, id: string) => {
  const found = report.sections.find((item) => item.id === id);
  if (found === undefined) throw new Error(`no section ${id}`);
  return found;
};
const tableOf = (blocks: readonly ReportBlock[]): ReportTable => {
  const block = blocks.find((item) => item.type === 'table');
  if (block?.type !== 'table') throw new Error('no table');
  return block.table;
};

describe('the legislative analysis report', () => {
  it('ranks gaps: missing before partial, mandatory first, criminalization and victims first', () => {
    expect(gapsInPriority(findings).map((row) => row.obligationId)).toEqual([
      'SOM.6.1.a',
      'TIP.6.6',
      'SOM.5',
      'TIP.6.3',
      'TIP.9.1',
      'TIP.3.a',
      'GP.hotline',
    ]);
  });

  it('has a cover, the sections in order and the coverage figures, in French', () => {
    const report = buildAnalysisReport(data('fr'));
    expect(report.language).toBe('fr');
    expect(report.cover.kicker).toBe('Analyse législative');
    expect(report.cover.facts).toEqual([
      { label: 'Pays', value: 'Mali' },
      { label: 'Textes analysés', value: 'Loi n°2012-023' },
      { label: 'Date', value: '10 décembre 2026' },
      { label: 'Auteurs', value: 'Moussa Keïta et Awa Traoré' },
      { label: 'Catalogue des obligations', value: 'version 2026.1' },
    ]);
    expect(report.sections.map((item) => item.heading)).toEqual([
      'Résumé',
      'Méthode',
      'Couverture des obligations',
      'Par thème',
      'Par instrument',
      'Table de concordance',
      'Lacunes par ordre de priorité',
      'Recommandations',
      'Annexe : le catalogue des obligations',
    ]);
    const figures = section(report, 'summary').blocks.find((item) => item.type === 'figures');
    expect(figures?.type === 'figures' && figures.items.map((item) => item.value)).toEqual([
      '1',
      '3',
      '4',
      '1',
      '0',
      '50\u202f%',
    ]);
    expect(section(report, 'annex-catalogue').pageBreakBefore).toBe(true);
  });

  it('writes the concordance table with provisions, missing elements and the analyst’s reason', () => {
    const report = buildAnalysisReport(data('en'));
    const table = tableOf(section(report, 'concordance').blocks);
    expect(table.columns.map((column) => column.label)).toEqual([
      'Obligation',
      'Status',
      'Provisions',
      'Missing elements',
      'Reasoning',
    ]);
    expect(table.rows).toHaveLength(findings.length);
    const [first, second] = table.rows;
    expect(first?.[0]).toMatchObject({ text: 'TIP.3.a', lines: ['Title TIP.3.a'] });
    expect(first?.[1]).toMatchObject({ text: 'Partial', tone: 'partial', lines: ['confirmed'] });
    expect(first?.[2]?.text).toBe('Article 1');
    expect(first?.[3]?.lines).toEqual(['abuse of vulnerability']);
    expect(first?.[4]?.text).toBe('Les moyens sont incomplets.');
    expect(second?.[4]?.text).toBe('Engine on TIP.5.1');
  });

  it('charts coverage by theme with the same numbers in a table', () => {
    const report = buildAnalysisReport(data('en'));
    const blocks = section(report, 'coverage-theme').blocks;
    const chart = blocks.find((item) => item.type === 'chart');
    if (chart?.type !== 'chart') throw new Error('no chart');
    expect(chart.chart.stacked).toBe(true);
    const criminalization = chart.chart.categories.indexOf('Criminalization');
    expect(chart.chart.series.map((item) => item.values[criminalization])).toEqual([1, 0, 1, 0, 0]);
    const row = tableOf(blocks).rows.find((cells) => cells[0]?.text === 'Criminalization');
    expect(row?.map((cell) => cell.text)).toEqual([
      'Criminalization',
      '1',
      '0',
      '1',
      '0',
      '2',
      '50%',
    ]);
    // "Not assessed" is left out: no obligation has it; "Not applicable" stays.
    expect(tableOf(blocks).columns.map((column) => column.label)).toEqual([
      'Theme',
      'Aligned',
      'Partial',
      'Missing',
      'Not applicable',
      'Total',
      'Covered',
    ]);
    expect(chart.chart.description).toContain('Most missing obligations concern');
  });

  it('lists the gaps in priority order and the recommendations with their decision', () => {
    const report = buildAnalysisReport(data('en'));
    const gaps = tableOf(section(report, 'gaps').blocks);
    expect(gaps.rows.map((row) => row[1]?.text)).toEqual(
      gapsInPriority(findings).map((row) => row.obligationId),
    );
    expect(gaps.rows[0]?.map((cell) => cell.text).slice(2, 5)).toEqual([
      'Missing',
      'Mandatory',
      'Criminalization',
    ]);
    const recommendations = tableOf(section(report, 'recommendations').blocks);
    expect(recommendations.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      [
        'R1',
        'Incriminer le trafic illicite de migrants',
        'New law',
        'High',
        'Adopted',
        'Vote (30 for, 2 against, 1 abstention)',
      ],
      ['R2', 'Protéger les victimes', 'Amend', 'Medium', 'Proposed', '—'],
    ]);
    expect(recommendations.rows[0]?.[5]?.lines).toEqual(['8 December 2026']);
    expect(report.footer).toBe('LexAlign — Legislative analysis — Mali — 10 December 2026');
  });
});
