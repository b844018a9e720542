import {
  coverageBlocks,
  methodSection,
  obligationCell,
  recommendationsSection,
  STATUSES,
  statusCell,
  type AnalysisReportData,
  type ReportFinding,
  type Status,
} from './analysis-parts.js';
import type { ReportDocument, ReportSection } from './report-document.js';
import { countryName, joinNames, label, longDate, percent, pick } from './report-texts.js';

export type {
  AnalysisReportData,
  CoverageGroupData,
  ReportFinding,
  ReportRecommendation,
} from './analysis-parts.js';
export { recommendationTone } from './analysis-parts.js';

/**
 * The legislative analysis report: what the country's texts do of the obligations of the
 * instruments, as the analysts confirmed it, the gaps to close first and the recommendations.
 */

const KIND_RANK: Readonly<Record<string, number>> = {
  mandatory: 0,
  definition: 1,
  endeavour: 2,
  optional: 3,
  non_legislative: 4,
};
const FIRST_THEMES = ['criminalization', 'victim_protection'];

/**
 * The gaps in the order they are best closed: missing before partial, mandatory obligations
 * before the others, criminalization and protection of victims before the other themes, then
 * the catalogue's order.
 */
export function gapsInPriority(findings: readonly ReportFinding[]): ReportFinding[] {
  const statusRank = (status: Status) => (status === 'missing' ? 0 : 1);
  const themeRank = (theme: string) => {
    const index = FIRST_THEMES.indexOf(theme);
    return index === -1 ? FIRST_THEMES.length : index;
  };
  return findings
    .map((finding, position) => ({ finding, position }))
    .filter(({ finding }) => finding.status === 'missing' || finding.status === 'partial')
    .sort(
      (a, b) =>
        statusRank(a.finding.status) - statusRank(b.finding.status) ||
        (KIND_RANK[a.finding.kind] ?? 5) - (KIND_RANK[b.finding.kind] ?? 5) ||
        themeRank(a.finding.theme) - themeRank(b.finding.theme) ||
        a.position - b.position,
    )
    .map(({ finding }) => finding);
}
export function buildAnalysisReport(data: AnalysisReportData): ReportDocument {
  const lang = data.language;
  const t = (fr: string, en: string) => pick(lang, fr, en);
  const country = countryName(data.project.country, lang);
  const date = longDate(data.date, lang);
  const { counts, total } = data.coverage;
  const assessable = total - counts.not_applicable;
  const covered = counts.aligned + counts.partial;
  const gaps = gapsInPriority(data.findings);
  const themeLabel = (key: string) => label('theme', key, lang);

  const summary: ReportSection = {
    id: 'summary',
    heading: t('Résumé', 'Executive summary'),
    level: 1,
    pageBreakBefore: false,
    blocks: [
      {
        type: 'paragraph',
        style: 'lead',
        text: t(
          `L’analyse compare ${data.laws.length === 1 ? 'le texte' : `les ${String(data.laws.length)} textes`} en vigueur au ${country} à ${String(total)} obligations du catalogue (version ${data.catalogueVersion}). ${String(counts.aligned)} sont conformes et ${String(counts.partial)} partiellement mises en œuvre, soit ${percent(covered, assessable, lang)} des obligations applicables couvertes au moins en partie ; ${String(counts.missing)} sont absentes du droit national.`,
          `The analysis compares ${data.laws.length === 1 ? 'the text' : `the ${String(data.laws.length)} texts`} in force in ${country} with ${String(total)} obligations of the catalogue (version ${data.catalogueVersion}). ${String(counts.aligned)} are aligned and ${String(counts.partial)} partially implemented: ${percent(covered, assessable, lang)} of the applicable obligations are covered at least in part; ${String(counts.missing)} are missing from national law.`,
        ),
      },
      {
        type: 'figures',
        items: [
          ...STATUSES.map((status) => ({
            label: label('findingStatus', status, lang),
            value: String(counts[status]),
            detail: t(
              `${percent(counts[status], total, lang)} des ${String(total)}`,
              `${percent(counts[status], total, lang)} of ${String(total)}`,
            ),
            tone: status,
          })),
          {
            label: t('Couverture', 'Coverage'),
            value: percent(covered, assessable, lang),
            detail: t(
              `${String(covered)} / ${String(assessable)} obligations applicables`,
              `${String(covered)} / ${String(assessable)} applicable obligations`,
            ),
          },
        ],
      },
      {
        type: 'paragraph',
        text: t(
          `${String(data.coverage.confirmed)} des ${String(total)} constats ont été confirmés par un relecteur. ${String(gaps.length)} lacunes sont classées par priorité à la section « Lacunes par ordre de priorité » ; ${String(data.recommendations.length)} recommandations y répondent.`,
          `${String(data.coverage.confirmed)} of the ${String(total)} findings have been confirmed by a reviewer. ${String(gaps.length)} gaps are ranked in the section “Gaps in order of priority”; ${String(data.recommendations.length)} recommendations address them.`,
        ),
      },
    ],
  };

  const method = methodSection(lang);
  const coverage: ReportSection[] = [
    {
      id: 'coverage',
      heading: t('Couverture des obligations', 'Coverage of the obligations'),
      level: 1,
      pageBreakBefore: true,
      blocks: [
        {
          type: 'paragraph',
          text: t(
            'La part « couverte » compte les obligations conformes et partielles parmi les obligations applicables (hors « Sans objet »).',
            'The “covered” share counts aligned and partial obligations among the applicable ones (excluding “Not applicable”).',
          ),
          style: 'note',
        },
      ],
    },
    {
      id: 'coverage-theme',
      heading: t('Par thème', 'By theme'),
      level: 2,
      pageBreakBefore: false,
      blocks: coverageBlocks('theme', data.coverage.byTheme, lang),
    },
    {
      id: 'coverage-instrument',
      heading: t('Par instrument', 'By instrument'),
      level: 2,
      pageBreakBefore: false,
      blocks: coverageBlocks('instrument', data.coverage.byInstrument, lang),
    },
  ];

  const provisionsOf = (finding: ReportFinding) =>
    finding.provisions.filter((item) => item.decision !== 'rejected').map((item) => item.label);
  const concordance: ReportSection = {
    id: 'concordance',
    heading: t('Table de concordance', 'Concordance table'),
    level: 1,
    pageBreakBefore: true,
    blocks: [
      {
        type: 'paragraph',
        text: t(
          `Pour chaque obligation : son statut, les dispositions nationales qui la mettent en œuvre, les éléments manquants et le raisonnement de l’analyste. ${String(data.findings.length)} obligations, dans l’ordre du catalogue. Lorsqu’aucun analyste n’a motivé le statut, l’explication du moteur est donnée, dans la langue du texte analysé.`,
          `For each obligation: its status, the national provisions implementing it, the missing elements and the analyst’s reasoning. ${String(data.findings.length)} obligations, in catalogue order. Where no analyst gave reasons for the status, the engine’s explanation is shown, in the language of the law analysed.`,
        ),
      },
      {
        type: 'table',
        table: {
          caption: t('Table de concordance', 'Concordance table'),
          columns: [
            { label: t('Obligation', 'Obligation'), width: 24 },
            { label: t('Statut', 'Status'), width: 11 },
            { label: t('Dispositions', 'Provisions'), width: 15 },
            { label: t('Éléments manquants', 'Missing elements'), width: 20 },
            { label: t('Raisonnement', 'Reasoning'), width: 30 },
          ],
          rows: data.findings.map((finding) => {
            const provisions = provisionsOf(finding);
            const reasoning = finding.reason.trim() === '' ? finding.explanation : finding.reason;
            return [
              obligationCell(finding, lang),
              {
                ...statusCell(finding.status, lang),
                ...(finding.confirmed ? { lines: [t('confirmé', 'confirmed')] } : {}),
              },
              provisions.length === 0 ? { text: '—' } : { text: provisions.join(', ') },
              finding.missingElements.length === 0
                ? { text: '—' }
                : { text: '', lines: finding.missingElements.map((item) => item[lang]) },
              { text: reasoning === '' ? '—' : reasoning },
            ];
          }),
        },
      },
    ],
  };

  const gapsSection: ReportSection = {
    id: 'gaps',
    heading: t('Lacunes par ordre de priorité', 'Gaps in order of priority'),
    level: 1,
    pageBreakBefore: true,
    blocks: [
      {
        type: 'paragraph',
        text: t(
          'Les lacunes sont classées ainsi : les obligations absentes avant les partielles ; les obligations obligatoires avant les définitions, les obligations d’effort et les facultatives ; à rang égal, l’incrimination et la protection des victimes d’abord, car sans infraction il n’y a pas de poursuites et les victimes restent exposées ; enfin l’ordre du catalogue.',
          'Gaps are ranked as follows: missing obligations before partial ones; mandatory obligations before definitions, endeavour and optional ones; at equal rank, criminalization and the protection of victims first, because without an offence there is no prosecution and victims remain exposed; then the catalogue’s order.',
        ),
      },
      gaps.length === 0
        ? {
            type: 'paragraph',
            text: t('Aucune lacune n’est relevée.', 'No gap was found.'),
          }
        : {
            type: 'table',
            table: {
              caption: t('Lacunes par ordre de priorité', 'Gaps in order of priority'),
              columns: [
                { label: '#', width: 5, align: 'right' },
                { label: t('Obligation', 'Obligation'), width: 33 },
                { label: t('Statut', 'Status'), width: 11 },
                { label: t('Nature', 'Kind'), width: 12 },
                { label: t('Thème', 'Theme'), width: 14 },
                { label: t('Éléments manquants', 'Missing elements'), width: 25 },
              ],
              rows: gaps.map((finding, index) => [
                { text: String(index + 1) },
                obligationCell(finding, lang),
                statusCell(finding.status, lang),
                { text: label('kind', finding.kind, lang) },
                { text: themeLabel(finding.theme) },
                finding.missingElements.length === 0
                  ? { text: '—' }
                  : { text: '', lines: finding.missingElements.map((item) => item[lang]) },
              ]),
            },
          },
    ],
  };

  const recommendations = recommendationsSection(data.recommendations, lang);

  const annex: ReportSection = {
    id: 'annex-catalogue',
    heading: t('Annexe : le catalogue des obligations', 'Annex: the obligations catalogue'),
    level: 1,
    pageBreakBefore: true,
    blocks: [
      {
        type: 'paragraph',
        text: t(
          `Les ${String(data.catalogue.length)} obligations du catalogue (version ${data.catalogueVersion}) au regard desquelles les textes ont été analysés, tirées du Protocole relatif à la traite des personnes, du Protocole contre le trafic illicite de migrants, de la Convention contre la criminalité transnationale organisée et de bonnes pratiques.`,
          `The ${String(data.catalogue.length)} obligations of the catalogue (version ${data.catalogueVersion}) the texts were analysed against, drawn from the Trafficking in Persons Protocol, the Smuggling of Migrants Protocol, the Convention against Transnational Organized Crime and good practice.`,
        ),
      },
      {
        type: 'table',
        table: {
          caption: t('Catalogue des obligations', 'Obligations catalogue'),
          columns: [
            { label: 'ID', width: 18 },
            { label: t('Intitulé', 'Title'), width: 50 },
            { label: t('Nature', 'Kind'), width: 14 },
            { label: t('Thème', 'Theme'), width: 18 },
          ],
          rows: data.catalogue.map((item) => [
            { text: item.id, bold: true },
            { text: item.title[lang] },
            { text: label('kind', item.kind, lang) },
            { text: themeLabel(item.theme) },
          ]),
        },
      },
    ],
  };

  const title = t(`Analyse législative — ${country}`, `Legislative analysis — ${country}`);
  return {
    kind: 'analysis',
    language: lang,
    title,
    cover: {
      kicker: t('Analyse législative', 'Legislative analysis'),
      title: t(
        `Conformité du droit national du ${country} aux instruments contre la traite des personnes et le trafic illicite de migrants`,
        `Alignment of the national law of ${country} with the instruments against trafficking in persons and the smuggling of migrants`,
      ),
      subtitle: data.project.name,
      facts: [
        { label: t('Pays', 'Country'), value: country },
        {
          label: t('Textes analysés', 'Texts analysed'),
          value: data.laws.length === 0 ? '—' : data.laws.join(t(' ; ', '; ')),
        },
        { label: t('Date', 'Date'), value: date },
        {
          label: t('Auteurs', 'Authors'),
          value: data.authors.length === 0 ? '—' : joinNames(data.authors, lang),
        },
        {
          label: t('Catalogue des obligations', 'Obligations catalogue'),
          value: t(`version ${data.catalogueVersion}`, `version ${data.catalogueVersion}`),
        },
      ],
    },
    contentsHeading: t('Table des matières', 'Contents'),
    sections: [summary, method, ...coverage, concordance, gapsSection, recommendations, annex],
    footer: `LexAlign — ${title} — ${date}`,
  };
}
