import type {
  ReportBlock,
  ReportCell,
  ReportChart,
  ReportLanguage,
  ReportSection,
  ReportTable,
  ReportTone,
} from './report-document.js';
import { label, longDate, percent, pick } from './report-texts.js';

/** The parts of the legislative analysis report: its data's shapes and its reusable sections. */

export type Text = { readonly fr: string; readonly en: string };
export type Status = 'aligned' | 'partial' | 'missing' | 'not_applicable' | 'not_assessed';
export const STATUSES: readonly Status[] = [
  'aligned',
  'partial',
  'missing',
  'not_applicable',
  'not_assessed',
];

export interface ReportFinding {
  readonly obligationId: string;
  readonly title: Text;
  readonly instrument: string;
  readonly theme: string;
  readonly kind: string;
  readonly status: Status;
  readonly provisions: readonly { readonly label: string; readonly decision: string }[];
  readonly missingElements: readonly Text[];
  /** The engine's explanation. */
  readonly explanation: string;
  /** The analyst's reason, when one set the status; empty otherwise. */
  readonly reason: string;
  readonly confirmed: boolean;
}

export interface ReportRecommendation {
  readonly label: string;
  readonly title: string;
  readonly type: string;
  readonly priority: string;
  readonly status: string;
  /** How it was decided, for a decided one: "vote", "consensus". */
  readonly method: string | null;
  readonly tally: {
    readonly for: number;
    readonly against: number;
    readonly abstain: number;
  } | null;
  readonly decidedAt: string | null;
}

export interface CoverageGroupData {
  readonly key: string;
  readonly counts: Readonly<Record<Status, number>>;
  readonly total: number;
}

export interface AnalysisReportData {
  readonly language: ReportLanguage;
  /** The report's date, ISO. */
  readonly date: string;
  readonly project: { readonly name: string; readonly country: string };
  readonly laws: readonly string[];
  readonly authors: readonly string[];
  readonly catalogueVersion: string;
  /** The concordance table, in catalogue order. */
  readonly findings: readonly ReportFinding[];
  /** The coverage counts, as the dashboard computes them. */
  readonly coverage: {
    readonly counts: Readonly<Record<Status, number>>;
    readonly total: number;
    readonly confirmed: number;
    readonly byTheme: readonly CoverageGroupData[];
    readonly byInstrument: readonly CoverageGroupData[];
  };
  readonly recommendations: readonly ReportRecommendation[];
  /** The catalogue used, in its order. */
  readonly catalogue: readonly {
    readonly id: string;
    readonly title: Text;
    readonly kind: string;
    readonly theme: string;
    readonly instrument: string;
  }[];
}

export const statusCell = (status: string, language: ReportLanguage): ReportCell => ({
  text: label('findingStatus', status, language),
  tone: status as ReportTone,
});

export const obligationCell = (
  finding: { obligationId: string; title: Text },
  language: ReportLanguage,
): ReportCell => ({
  text: finding.obligationId,
  bold: true,
  lines: [finding.title[language]],
});

interface CoverageInput {
  readonly title: string;
  readonly first: string;
  readonly description: string;
  readonly groups: readonly CoverageGroupData[];
  readonly labelOf: (key: string) => string;
  readonly language: ReportLanguage;
}

function coverageChart({
  title,
  groups,
  labelOf,
  language,
  description,
}: CoverageInput): ReportChart {
  return {
    title,
    categories: groups.map((group) => labelOf(group.key)),
    series: STATUSES.map((status) => ({
      label: label('findingStatus', status, language),
      tone: status,
      values: groups.map((group) => group.counts[status]),
    })),
    stacked: true,
    unit: pick(language, 'obligations', 'obligations'),
    description,
  };
}

function coverageTable({
  title: caption,
  first,
  groups,
  labelOf,
  language,
}: CoverageInput): ReportTable {
  const covered = (group: CoverageGroupData) =>
    percent(
      group.counts.aligned + group.counts.partial,
      group.total - group.counts.not_applicable,
      language,
    );
  // Aligned, partial and missing always; the other statuses only when some obligation has them.
  const statuses = STATUSES.filter(
    (status) =>
      status === 'aligned' ||
      status === 'partial' ||
      status === 'missing' ||
      groups.some((group) => group.counts[status] > 0),
  );
  return {
    caption,
    columns: [
      { label: first, width: 80 - statuses.length * 10 },
      ...statuses.map((status) => ({
        label: label('findingStatus', status, language),
        width: 10,
        align: 'right' as const,
      })),
      { label: pick(language, 'Total', 'Total'), width: 9, align: 'right' as const },
      { label: pick(language, 'Couvert', 'Covered'), width: 11, align: 'right' as const },
    ],
    rows: groups.map((group) => [
      { text: labelOf(group.key) },
      ...statuses.map((status) => ({ text: String(group.counts[status]) })),
      { text: String(group.total), bold: true },
      { text: covered(group) },
    ]),
  };
}

/** A coverage chart and the same numbers as a table, by theme or by instrument. */
export function coverageBlocks(
  axis: 'theme' | 'instrument',
  groups: readonly CoverageGroupData[],
  lang: ReportLanguage,
): ReportBlock[] {
  const t = (fr: string, en: string) => pick(lang, fr, en);
  const labelOf = (key: string) => label(axis, key, lang);
  const name = axis === 'theme' ? t('thème', 'theme') : t('instrument', 'instrument');
  const weakest = [...groups]
    .filter((group) => group.total > 0)
    .sort((a, b) => b.counts.missing - a.counts.missing)[0];
  const description = t(
    `Nombre d’obligations par statut pour chaque ${name}, en barres empilées.${weakest === undefined ? '' : ` Le plus grand nombre d’obligations absentes concerne « ${labelOf(weakest.key)} » (${String(weakest.counts.missing)} sur ${String(weakest.total)}).`}`,
    `Number of obligations by status for each ${name}, as stacked bars.${weakest === undefined ? '' : ` Most missing obligations concern “${labelOf(weakest.key)}” (${String(weakest.counts.missing)} of ${String(weakest.total)}).`}`,
  );
  return [
    {
      type: 'chart',
      chart: coverageChart({
        title: t(`Couverture par ${name}`, `Coverage by ${name}`),
        first: '',
        description,
        groups,
        labelOf,
        language: lang,
      }),
    },
    {
      type: 'table',
      table: coverageTable({
        title: t(`Obligations par statut et par ${name}`, `Obligations by status and ${name}`),
        first: axis === 'theme' ? t('Thème', 'Theme') : t('Instrument', 'Instrument'),
        description,
        groups,
        labelOf,
        language: lang,
      }),
    },
  ];
}

/** What the engine does and what the analysts do; the statuses defined. */
export function methodSection(lang: ReportLanguage): ReportSection {
  const t = (fr: string, en: string) => pick(lang, fr, en);
  return {
    id: 'method',
    heading: t('Méthode', 'Method'),
    level: 1,
    pageBreakBefore: false,
    blocks: [
      {
        type: 'paragraph',
        text: t(
          'Chaque obligation du catalogue est décomposée en éléments que le droit national doit contenir. Le moteur d’analyse de LexAlign lit les textes article par article, propose les dispositions qui mettent en œuvre chaque obligation et signale les éléments qu’il n’y trouve pas. Les analystes examinent chaque proposition : ils acceptent ou rejettent les dispositions, corrigent le statut en motivant leur choix, et un relecteur confirme le constat. Le moteur propose, les analystes décident.',
          'Each obligation of the catalogue is broken down into the elements national law must contain. LexAlign’s analysis engine reads the texts article by article, proposes the provisions that implement each obligation and points out the elements it does not find. Analysts examine every proposal: they accept or reject provisions, correct the status with their reasons, and a reviewer confirms the finding. The engine proposes; the analysts decide.',
        ),
      },
      {
        type: 'table',
        table: {
          caption: t('Les statuts d’un constat', 'The statuses of a finding'),
          columns: [
            { label: t('Statut', 'Status'), width: 22 },
            { label: t('Signification', 'Meaning'), width: 78 },
          ],
          rows: [
            [
              statusCell('aligned', lang),
              {
                text: t(
                  'Le droit national contient tous les éléments requis de l’obligation.',
                  'National law contains every required element of the obligation.',
                ),
              },
            ],
            [
              statusCell('partial', lang),
              {
                text: t(
                  'Des dispositions mettent en œuvre l’obligation, mais il manque des éléments requis.',
                  'Provisions implement the obligation, but required elements are missing.',
                ),
              },
            ],
            [
              statusCell('missing', lang),
              {
                text: t(
                  'Aucune disposition ne met en œuvre l’obligation.',
                  'No provision implements the obligation.',
                ),
              },
            ],
            [
              statusCell('not_applicable', lang),
              {
                text: t(
                  'L’obligation ne concerne pas ce pays ou ne demande pas de loi.',
                  'The obligation does not concern this country or requires no law.',
                ),
              },
            ],
            [
              statusCell('not_assessed', lang),
              {
                text: t(
                  'L’obligation n’a pas encore pu être évaluée.',
                  'The obligation could not be assessed yet.',
                ),
              },
            ],
          ],
        },
      },
    ],
  };
}

/** The recommendations with their status and the decision taken. */
export function recommendationsSection(
  items: readonly ReportRecommendation[],
  lang: ReportLanguage,
): ReportSection {
  const t = (fr: string, en: string) => pick(lang, fr, en);
  const decisionCell = (item: ReportRecommendation): ReportCell => {
    if (item.method === null) return { text: '—' };
    const method = label('method', item.method, lang);
    const tally =
      item.tally === null
        ? ''
        : t(
            ` (${String(item.tally.for)} pour, ${String(item.tally.against)} contre, ${String(item.tally.abstain)} abstention${item.tally.abstain > 1 ? 's' : ''})`,
            ` (${String(item.tally.for)} for, ${String(item.tally.against)} against, ${String(item.tally.abstain)} abstention${item.tally.abstain === 1 ? '' : 's'})`,
          );
    return {
      text: `${method}${tally}`,
      ...(item.decidedAt === null ? {} : { lines: [longDate(item.decidedAt, lang)] }),
    };
  };
  return {
    id: 'recommendations',
    heading: t('Recommandations', 'Recommendations'),
    level: 1,
    pageBreakBefore: true,
    blocks:
      items.length === 0
        ? [
            {
              type: 'paragraph',
              text: t(
                'Aucune recommandation n’a encore été rédigée.',
                'No recommendation has been written yet.',
              ),
            },
          ]
        : [
            {
              type: 'paragraph',
              text: t(
                `${String(items.length)} recommandations, avec leur statut et la décision de l’atelier de validation lorsqu’elle a été prise.`,
                `${String(items.length)} recommendations, with their status and the validation workshop’s decision when it was taken.`,
              ),
            },
            {
              type: 'table',
              table: {
                caption: t('Recommandations et leur statut', 'Recommendations and their status'),
                columns: [
                  { label: 'N°', width: 6 },
                  { label: t('Recommandation', 'Recommendation'), width: 33 },
                  { label: t('Type', 'Type'), width: 10 },
                  { label: t('Priorité', 'Priority'), width: 9 },
                  { label: t('Statut', 'Status'), width: 18 },
                  { label: t('Décision', 'Decision'), width: 24 },
                ],
                rows: items.map((item) => [
                  { text: item.label, bold: true },
                  { text: item.title },
                  { text: label('recommendationType', item.type, lang) },
                  { text: label('priority', item.priority, lang) },
                  {
                    text: label('recommendationStatus', item.status, lang),
                    tone: recommendationTone(item.status),
                  },
                  decisionCell(item),
                ]),
              },
            },
          ],
  };
}

/** A recommendation's status in the colours of the findings: adopted green, rejected red. */
export function recommendationTone(status: string): ReportTone {
  if (status === 'adopted') return 'aligned';
  if (status === 'adopted_with_changes') return 'partial';
  if (status === 'rejected') return 'missing';
  return 'neutral';
}
