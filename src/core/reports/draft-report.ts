import type { DiffSegment } from '../recommendations/word-diff.js';
import { STATUSES, statusCell, type Status, type Text } from './analysis-parts.js';
import type { ComparedArticleData, DraftReportData } from './draft-report-data.js';
import type { ReportCell, ReportDocument, ReportSection } from './report-document.js';
import { countryName, label, longDate, percent, pick } from './report-texts.js';

/**
 * The draft's comparative table ("tableau comparatif"): the law in force, the draft and a
 * comment article by article, word changes marked; then what the draft does to the coverage
 * of the obligations (before and after), its regressions and the recommendations it writes.
 */

export type { DraftReportData } from './draft-report-data.js';

type Counts = Readonly<Record<Status, number>>;

const CHANGES = ['unchanged', 'modified', 'added', 'deleted', 'split', 'merged'] as const;
const CHANGE_LABELS: Readonly<Record<string, Text>> = {
  unchanged: { fr: 'inchangés', en: 'unchanged' },
  modified: { fr: 'modifiés', en: 'modified' },
  added: { fr: 'ajoutés', en: 'added' },
  deleted: { fr: 'supprimés', en: 'deleted' },
  split: { fr: 'scindés', en: 'split' },
  merged: { fr: 'fusionnés', en: 'merged' },
};

const headingOf = (articles: readonly ComparedArticleData[]): string =>
  articles
    .map((article) =>
      article.heading === '' ? article.label : `${article.label} — ${article.heading}`,
    )
    .join(' + ');

/** One side of a row: the article's label, then its wording with the changes of that side. */
function sideCell(
  articles: readonly ComparedArticleData[],
  diff: readonly DiffSegment[],
  side: 'old' | 'new',
): ReportCell {
  if (articles.length === 0) return { text: '—' };
  const skip = side === 'old' ? 'added' : 'removed';
  const segments =
    diff.length > 0
      ? diff.filter((segment) => segment.kind !== skip)
      : [{ kind: 'same' as const, text: articles.map((article) => article.text).join('\n\n') }];
  return { text: headingOf(articles), bold: true, diff: segments };
}

const covered = (counts: Counts) => counts.aligned + counts.partial;

function comparisonSection(data: DraftReportData): ReportSection {
  const lang = data.language;
  const t = (fr: string, en: string) => pick(lang, fr, en);
  const { comparison } = data;
  const summary = CHANGES.filter((change) => (comparison.counts[change] ?? 0) > 0)
    .map(
      (change) =>
        `${String(comparison.counts[change] ?? 0)} ${CHANGE_LABELS[change]?.[lang] ?? change}`,
    )
    .join(', ');
  return {
    id: 'comparison',
    heading: t('Tableau comparatif', 'Comparative table'),
    level: 1,
    pageBreakBefore: false,
    blocks: [
      {
        type: 'paragraph',
        style: 'lead',
        text: t(
          `« ${comparison.right} » comparé à « ${comparison.left} », article par article. Articles : ${summary}.`,
          `“${comparison.right}” compared with “${comparison.left}”, article by article. Articles: ${summary}.`,
        ),
      },
      {
        type: 'paragraph',
        style: 'note',
        text: t(
          'Les mots supprimés sont barrés dans la colonne du texte en vigueur ; les mots ajoutés sont soulignés dans la colonne du projet.',
          'Deleted words are struck through in the column of the law in force; added words are underlined in the draft’s column.',
        ),
      },
      {
        type: 'table',
        table: {
          caption: t('Tableau comparatif', 'Comparative table'),
          columns: [
            { label: t('Texte en vigueur', 'Law in force'), width: 38 },
            { label: t('Projet', 'Draft'), width: 38 },
            { label: t('Commentaire', 'Comment'), width: 24 },
          ],
          rows: comparison.rows.map((row) => [
            sideCell(row.old, row.diff, 'old'),
            sideCell(row.new, row.diff, 'new'),
            {
              text: row.comment === '' ? '—' : row.comment,
              ...(row.recommendations.length === 0
                ? {}
                : {
                    lines: [
                      t(
                        `Met en œuvre ${row.recommendations.join(', ')}`,
                        `Implements ${row.recommendations.join(', ')}`,
                      ),
                    ],
                  }),
            },
          ]),
        },
      },
    ],
  };
}

function coverageSections(data: DraftReportData): ReportSection[] {
  const lang = data.language;
  const t = (fr: string, en: string) => pick(lang, fr, en);
  const { coverage } = data;
  const { before, after } = coverage.totals;
  const total = STATUSES.reduce((sum, status) => sum + after[status], 0);
  const applicable = (counts: Counts) => total - counts.not_applicable;
  const themeLabel = (key: string) => label('theme', key, lang);
  const improved = coverage.obligations.filter((item) => item.change === 'improved');
  const regressed = coverage.obligations.filter((item) => item.change === 'regressed');
  const obligationRows = (items: typeof coverage.obligations) =>
    items.map((item): ReportCell[] => [
      { text: item.obligationId, bold: true, lines: [item.title[lang]] },
      statusCell(item.before, lang),
      statusCell(item.after, lang),
      { text: item.articles.length === 0 ? '—' : item.articles.join(', ') },
    ]);
  const obligationColumns = [
    { label: t('Obligation', 'Obligation'), width: 46 },
    { label: t('Avant', 'Before'), width: 14 },
    { label: t('Après', 'After'), width: 14 },
    { label: t('Articles du projet', 'Draft articles'), width: 26 },
  ];
  const main: ReportSection = {
    id: 'coverage',
    heading: t('Couverture avant et après le projet', 'Coverage before and after the draft'),
    level: 1,
    pageBreakBefore: true,
    blocks: [
      {
        type: 'paragraph',
        text: t(
          `« Avant » : le moteur sur les lois en vigueur. « Après » : le moteur sur les lois telles que le projet les laisserait${data.draft.replacesLawTitle === null ? ', le projet ajouté aux lois en vigueur' : `, le projet remplaçant « ${data.draft.replacesLawTitle} »`} ; les articles encore à rédiger ne comptent pas.`,
          `“Before”: the engine on the laws in force. “After”: the engine on the laws as the draft would leave them${data.draft.replacesLawTitle === null ? ', the draft added to the laws in force' : `, the draft replacing “${data.draft.replacesLawTitle}”`}; articles still to be drafted do not count.`,
        ),
      },
      {
        type: 'figures',
        items: [
          {
            label: t('Couverture avant', 'Coverage before'),
            value: percent(covered(before), applicable(before), lang),
            detail: `${String(covered(before))} / ${String(applicable(before))}`,
          },
          {
            label: t('Couverture après', 'Coverage after'),
            value: percent(covered(after), applicable(after), lang),
            detail: `${String(covered(after))} / ${String(applicable(after))}`,
          },
          {
            label: t('Obligations améliorées', 'Obligations improved'),
            value: String(improved.length),
          },
          { label: t('Régressions', 'Regressions'), value: String(regressed.length) },
        ],
      },
      {
        type: 'table',
        table: {
          caption: t(
            'Obligations par statut, avant et après',
            'Obligations by status, before and after',
          ),
          columns: [
            { label: t('Statut', 'Status'), width: 40 },
            { label: t('Avant', 'Before'), width: 20, align: 'right' },
            { label: t('Après', 'After'), width: 20, align: 'right' },
            { label: t('Écart', 'Change'), width: 20, align: 'right' },
          ],
          rows: STATUSES.map((status) => {
            const delta = after[status] - before[status];
            return [
              statusCell(status, lang),
              { text: String(before[status]) },
              { text: String(after[status]) },
              { text: delta > 0 ? `+${String(delta)}` : String(delta) },
            ];
          }),
        },
      },
    ],
  };
  const themes = coverage.themes;
  const byTheme: ReportSection = {
    id: 'coverage-theme',
    heading: t('Par thème', 'By theme'),
    level: 2,
    pageBreakBefore: false,
    blocks: [
      {
        type: 'chart',
        chart: {
          title: t(
            'Obligations couvertes par thème, avant et après',
            'Obligations covered by theme, before and after',
          ),
          categories: themes.map((row) => themeLabel(row.theme)),
          series: [
            {
              label: t('Avant', 'Before'),
              tone: 'before',
              values: themes.map((row) => covered(row.before)),
            },
            {
              label: t('Après', 'After'),
              tone: 'after',
              values: themes.map((row) => covered(row.after)),
            },
          ],
          stacked: false,
          unit: 'obligations',
          description: t(
            `Nombre d’obligations conformes ou partielles pour chaque thème, sur les lois en vigueur puis avec le projet. Au total : ${String(covered(before))} avant, ${String(covered(after))} après.`,
            `Number of aligned or partial obligations for each theme, on the laws in force and then with the draft. In all: ${String(covered(before))} before, ${String(covered(after))} after.`,
          ),
        },
      },
      {
        type: 'table',
        table: {
          caption: t('Couverture par thème, avant et après', 'Coverage by theme, before and after'),
          columns: [
            { label: t('Thème', 'Theme'), width: 34 },
            { label: t('Conformes avant', 'Aligned before'), width: 11, align: 'right' },
            { label: t('Conformes après', 'Aligned after'), width: 11, align: 'right' },
            { label: t('Partiels avant', 'Partial before'), width: 11, align: 'right' },
            { label: t('Partiels après', 'Partial after'), width: 11, align: 'right' },
            { label: t('Absents avant', 'Missing before'), width: 11, align: 'right' },
            { label: t('Absents après', 'Missing after'), width: 11, align: 'right' },
          ],
          rows: themes.map((row) => [
            { text: themeLabel(row.theme) },
            { text: String(row.before.aligned) },
            { text: String(row.after.aligned), bold: row.after.aligned !== row.before.aligned },
            { text: String(row.before.partial) },
            { text: String(row.after.partial), bold: row.after.partial !== row.before.partial },
            { text: String(row.before.missing) },
            { text: String(row.after.missing), bold: row.after.missing !== row.before.missing },
          ]),
        },
      },
    ],
  };
  const changes: ReportSection = {
    id: 'coverage-changes',
    heading: t('Obligations améliorées et régressions', 'Obligations improved and regressions'),
    level: 2,
    pageBreakBefore: false,
    blocks: [
      regressed.length === 0
        ? {
            type: 'paragraph',
            text: t(
              'Aucune régression : le projet ne fait reculer aucune obligation.',
              'No regression: the draft sets back no obligation.',
            ),
          }
        : {
            type: 'table',
            table: {
              caption: t('Régressions', 'Regressions'),
              columns: obligationColumns,
              rows: obligationRows(regressed),
            },
          },
      improved.length === 0
        ? {
            type: 'paragraph',
            text: t('Aucune obligation n’est mieux couverte.', 'No obligation is better covered.'),
          }
        : {
            type: 'table',
            table: {
              caption: t('Obligations améliorées', 'Obligations improved'),
              columns: obligationColumns,
              rows: obligationRows(improved),
            },
          },
    ],
  };
  const addressed = coverage.recommendations.filter((item) => item.addressed).length;
  const recommendations: ReportSection = {
    id: 'coverage-recommendations',
    heading: t('Recommandations mises en œuvre', 'Recommendations implemented'),
    level: 2,
    pageBreakBefore: false,
    blocks:
      coverage.recommendations.length === 0
        ? [
            {
              type: 'paragraph',
              text: t('Aucune recommandation adoptée.', 'No adopted recommendation.'),
            },
          ]
        : [
            {
              type: 'paragraph',
              text: t(
                `${String(addressed)} des ${String(coverage.recommendations.length)} recommandations adoptées ou liées ont au moins un article rédigé.`,
                `${String(addressed)} of the ${String(coverage.recommendations.length)} adopted or linked recommendations have at least one written article.`,
              ),
            },
            {
              type: 'table',
              table: {
                caption: t(
                  'Recommandations et articles du projet',
                  'Recommendations and draft articles',
                ),
                columns: [
                  { label: 'N°', width: 7 },
                  { label: t('Recommandation', 'Recommendation'), width: 45 },
                  { label: t('Mise en œuvre', 'Implemented'), width: 20 },
                  { label: t('Articles', 'Articles'), width: 28 },
                ],
                rows: coverage.recommendations.map((item) => [
                  { text: item.label, bold: true },
                  { text: item.title },
                  item.addressed
                    ? { text: t('Oui', 'Yes'), tone: 'aligned' }
                    : { text: t('Pas encore', 'Not yet'), tone: 'missing' },
                  { text: item.articles.length === 0 ? '—' : item.articles.join(', ') },
                ]),
              },
            },
          ],
  };
  return [main, byTheme, changes, recommendations];
}

export function buildDraftReport(data: DraftReportData): ReportDocument {
  const lang = data.language;
  const t = (fr: string, en: string) => pick(lang, fr, en);
  const date = longDate(data.date, lang);
  const title = t(
    `Tableau comparatif — ${data.draft.title}`,
    `Comparative table — ${data.draft.title}`,
  );
  return {
    kind: 'draft',
    language: lang,
    title,
    cover: {
      kicker: t('Tableau comparatif', 'Comparative table'),
      title: data.draft.title,
      subtitle: data.project.name,
      facts: [
        { label: t('Pays', 'Country'), value: countryName(data.project.country, lang) },
        {
          label: t('Texte en vigueur', 'Law in force'),
          value: data.draft.replacesLawTitle ?? t('aucun (nouveau texte)', 'none (new law)'),
        },
        {
          label: t('Comparaison', 'Comparison'),
          value: `${data.comparison.left} → ${data.comparison.right}`,
        },
        { label: t('Date', 'Date'), value: date },
      ],
    },
    contentsHeading: t('Table des matières', 'Contents'),
    sections: [comparisonSection(data), ...coverageSections(data)],
    footer: `LexAlign — ${title} — ${date}`,
  };
}
