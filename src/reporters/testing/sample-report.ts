import type { ReportDocument, ReportTone } from '../../core/reports/report-document.js';
import { wordDiff } from '../../core/recommendations/word-diff.js';
import type { Obligation } from '../../core/catalogue/types.js';

const TONES: readonly ReportTone[] = ['aligned', 'partial', 'missing', 'not_assessed'];

const WORDS = {
  fr: {
    kicker: 'Analyse législative',
    title: 'Loi n° 2020-001 relative à la lutte contre la traite des personnes',
    subtitle: 'Concordance avec la Convention de Palerme et ses Protocoles',
    contents: 'Table des matières',
    footer: 'LexAlign — 29 novembre 2026',
    country: 'Pays',
    date: 'Date',
    summary: 'Résumé',
    method: 'Méthode',
    coverage: 'Couverture par thème',
    concordance: 'Tableau de concordance',
    changes: 'Modifications proposées',
    obligation: 'Obligation',
    status: 'Statut',
    provisions: 'Dispositions',
    status_words: {
      aligned: 'Conforme',
      partial: 'Partiel',
      missing: 'Absent',
      not_assessed: 'Non évalué',
    },
    before: 'Loi en vigueur',
    after: 'Projet',
  },
  en: {
    kicker: 'Legislative analysis',
    title: 'Anti-Human Trafficking Act, 2008',
    subtitle: 'Concordance with the Palermo Convention and its Protocols',
    contents: 'Contents',
    footer: 'LexAlign — 29 November 2026',
    country: 'Country',
    date: 'Date',
    summary: 'Summary',
    method: 'Method',
    coverage: 'Coverage by theme',
    concordance: 'Concordance table',
    changes: 'Proposed changes',
    obligation: 'Obligation',
    status: 'Status',
    provisions: 'Provisions',
    status_words: {
      aligned: 'Aligned',
      partial: 'Partial',
      missing: 'Missing',
      not_assessed: 'Not assessed',
    },
    before: 'Law in force',
    after: 'Draft',
  },
} as const;

/**
 * A report written by hand for the renderers' tests and benchmarks: every kind of block, a
 * concordance table over the first `rows` obligations of a catalogue (their real
 * titles in the report's language), statuses in turn, and a table of word-level changes.
 */
export function sampleReport(
  language: 'fr' | 'en',
  catalogue: readonly Obligation[],
  rows = 60,
): ReportDocument {
  const words = WORDS[language];
  const obligations = catalogue.slice(0, rows);
  const themes = [...new Set(obligations.map((obligation) => obligation.theme))].slice(0, 6);
  const tone = (index: number): ReportTone => TONES[index % TONES.length] ?? 'neutral';
  const count = (theme: string, wanted: ReportTone) =>
    obligations.filter((obligation, index) => obligation.theme === theme && tone(index) === wanted)
      .length;
  return {
    kind: 'analysis',
    language,
    title: `${words.kicker} — ${words.title}`,
    cover: {
      kicker: words.kicker,
      title: words.title,
      subtitle: words.subtitle,
      facts: [
        { label: words.country, value: language === 'fr' ? 'Sénégal' : 'Zambia' },
        { label: words.date, value: language === 'fr' ? '29 novembre 2026' : '29 November 2026' },
      ],
    },
    contentsHeading: words.contents,
    footer: words.footer,
    sections: [
      {
        id: 'summary',
        heading: words.summary,
        level: 1,
        pageBreakBefore: true,
        blocks: [
          { type: 'paragraph', text: words.subtitle, style: 'lead' },
          {
            type: 'figures',
            items: TONES.map((wanted) => ({
              label: words.status_words[wanted as keyof typeof words.status_words],
              value: String(obligations.filter((_, index) => tone(index) === wanted).length),
              tone: wanted,
              detail: `/ ${obligations.length}`,
            })),
          },
          {
            type: 'list',
            ordered: false,
            items: obligations.slice(0, 3).map((o) => o.title[language]),
          },
          {
            type: 'list',
            ordered: true,
            items: obligations.slice(3, 6).map((o) => o.title[language]),
          },
        ],
      },
      {
        id: 'method',
        heading: words.method,
        level: 2,
        pageBreakBefore: false,
        blocks: [
          { type: 'paragraph', text: obligations[0]?.summary[language] ?? '' },
          { type: 'paragraph', text: obligations[1]?.source ?? '', style: 'note' },
        ],
      },
      {
        id: 'coverage',
        heading: words.coverage,
        level: 3,
        pageBreakBefore: false,
        blocks: [
          {
            type: 'chart',
            chart: {
              title: words.coverage,
              categories: themes,
              stacked: true,
              unit: 'obligations',
              description: words.coverage,
              series: (['aligned', 'partial', 'missing'] as const).map((wanted) => ({
                label: words.status_words[wanted],
                tone: wanted,
                values: themes.map((theme) => count(theme, wanted)),
              })),
            },
          },
        ],
      },
      {
        id: 'concordance',
        heading: words.concordance,
        level: 1,
        pageBreakBefore: true,
        blocks: [
          {
            type: 'table',
            table: {
              caption: words.concordance,
              columns: [
                { label: 'ID', width: 14 },
                { label: words.obligation, width: 46 },
                { label: words.status, width: 14, align: 'center' },
                { label: words.provisions, width: 26 },
              ],
              rows: obligations.map((obligation, index) => {
                const status = tone(index);
                return [
                  { text: obligation.id, bold: true },
                  { text: obligation.title[language], lines: [obligation.summary[language]] },
                  {
                    text: words.status_words[status as keyof typeof words.status_words],
                    tone: status,
                  },
                  { text: status === 'missing' ? '—' : `Article ${index + 1}` },
                ];
              }),
            },
          },
        ],
      },
      {
        id: 'changes',
        heading: words.changes,
        level: 1,
        pageBreakBefore: false,
        blocks: [
          {
            type: 'table',
            table: {
              caption: words.changes,
              columns: [
                { label: words.before, width: 50 },
                { label: words.after, width: 50 },
              ],
              rows: obligations.slice(0, 3).map((obligation) => {
                const before = obligation.title[language];
                const after = obligation.summary[language];
                return [{ text: before }, { text: after, diff: wordDiff(before, after) }];
              }),
            },
          },
        ],
      },
    ],
  };
}
