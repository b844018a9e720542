import { recommendationTone } from './analysis-parts.js';
import type { ReportBlock, ReportSection } from './report-document.js';
import { label, pick } from './report-texts.js';
import type { WorkshopReportData } from './workshop-report-data.js';

/** The workshop report's decisions and its optional list of participants. */

export function decisionsSection(data: WorkshopReportData): ReportSection {
  const lang = data.language;
  const t = (fr: string, en: string) => pick(lang, fr, en);
  return {
    id: 'decisions',
    heading: t('Recommandations et décisions', 'Recommendations and decisions'),
    level: 1,
    pageBreakBefore: true,
    blocks:
      data.decisions.length === 0
        ? [
            {
              type: 'paragraph',
              text: t(
                'Aucune recommandation n’a été examinée.',
                'No recommendation was discussed.',
              ),
            },
          ]
        : [
            {
              type: 'paragraph',
              text: t(
                'Les recommandations examinées pendant l’atelier, avec la décision de la plénière, la manière dont elle a été prise et, pour un vote, le décompte des voix.',
                'The recommendations discussed during the workshop, with the plenary’s decision, how it was taken and, for a vote, the count.',
              ),
            },
            ...decisionSummary(data),
            {
              type: 'table',
              table: {
                caption: t('Décisions de l’atelier', 'Decisions of the workshop'),
                columns: [
                  { label: 'N°', width: 7 },
                  { label: t('Recommandation', 'Recommendation'), width: 36 },
                  { label: t('Statut', 'Status'), width: 25 },
                  { label: t('Mode', 'Method'), width: 12 },
                  { label: t('Pour', 'For'), width: 7, align: 'right' },
                  { label: t('Contre', 'Against'), width: 7, align: 'right' },
                  { label: t('Abst.', 'Abst.'), width: 6, align: 'right' },
                ],
                rows: data.decisions.map((item) => [
                  { text: item.label, bold: true },
                  { text: item.title },
                  {
                    text: label('recommendationStatus', item.status, lang),
                    tone: recommendationTone(item.status),
                  },
                  { text: item.method === null ? '—' : label('method', item.method, lang) },
                  { text: item.tally === null ? '—' : String(item.tally.for) },
                  { text: item.tally === null ? '—' : String(item.tally.against) },
                  { text: item.tally === null ? '—' : String(item.tally.abstain) },
                ]),
              },
            },
          ],
  };
}

export function participantsSection(
  data: WorkshopReportData,
  participants: NonNullable<WorkshopReportData['participants']>,
): ReportSection {
  const lang = data.language;
  const t = (fr: string, en: string) => pick(lang, fr, en);
  return {
    id: 'annex-participants',
    heading: t('Annexe : liste des participants', 'Annex: list of participants'),
    level: 1,
    pageBreakBefore: true,
    blocks: [
      {
        type: 'paragraph',
        style: 'note',
        text: t(
          'Nom, organisation, secteur et sexe seulement : les coordonnées des participants ne sont pas publiées.',
          'Name, organisation, sector and sex only: participants’ contact details are not published.',
        ),
      },
      {
        type: 'table',
        table: {
          caption: t('Liste des participants', 'List of participants'),
          columns: [
            { label: '#', width: 6, align: 'right' },
            { label: t('Nom', 'Name'), width: 30 },
            { label: t('Organisation', 'Organisation'), width: 34 },
            { label: t('Secteur', 'Sector'), width: 18 },
            { label: t('Sexe', 'Sex'), width: 12 },
          ],
          rows: participants.map((person, index) => [
            { text: String(index + 1) },
            { text: person.name },
            { text: person.organisation || '—' },
            { text: label('sector', person.sector, lang) },
            { text: label('sexOne', person.sex, lang) },
          ]),
        },
      },
    ],
  };
}

/** Decisions first, then what is still open. */
const STATUS_ORDER = [
  'adopted',
  'adopted_with_changes',
  'rejected',
  'deferred',
  'under_discussion',
  'proposed',
  'draft',
];

/** The count of each decision, as key figures, and how many by vote and by consensus. */
function decisionSummary(data: WorkshopReportData): ReportBlock[] {
  const lang = data.language;
  const byStatus = new Map<string, number>();
  for (const item of data.decisions)
    byStatus.set(item.status, (byStatus.get(item.status) ?? 0) + 1);
  const votes = data.decisions.filter((item) => item.method === 'vote').length;
  const consensus = data.decisions.filter((item) => item.method === 'consensus').length;
  return [
    {
      type: 'figures',
      items: [...byStatus]
        .sort(([a], [b]) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b))
        .map(([status, count]) => ({
          label: label('recommendationStatus', status, lang),
          value: String(count),
          tone: recommendationTone(status),
        })),
    },
    {
      type: 'paragraph',
      text: pick(
        lang,
        `Décidées par vote : ${String(votes)} ; par consensus : ${String(consensus)}.`,
        `Decided by vote: ${String(votes)}; by consensus: ${String(consensus)}.`,
      ),
    },
  ];
}
