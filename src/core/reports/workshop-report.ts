import type {
  ReportBlock,
  ReportCell,
  ReportDocument,
  ReportLanguage,
  ReportSection,
} from './report-document.js';
import { countryName, label, longDate, percent, pick } from './report-texts.js';
import { decisionsSection, participantsSection } from './workshop-decisions.js';
import type { SexCountsData, WorkshopReportData } from './workshop-report-data.js';

/**
 * The workshop report, for the programme and its donors: the event, its agenda, who came
 * (by sex and sector, day by day) and what the plenary decided on each recommendation.
 */

export type { SexCountsData, WorkshopReportData } from './workshop-report-data.js';

const SEXES = ['female', 'male', 'undisclosed'] as const;

const num = (value: number): ReportCell => ({ text: String(value) });

function dateRange(from: string, to: string, language: ReportLanguage): string {
  if (from === to) return longDate(from, language);
  return pick(
    language,
    `du ${longDate(from, language)} au ${longDate(to, language)}`,
    `${longDate(from, language)} to ${longDate(to, language)}`,
  );
}

function eventSection(data: WorkshopReportData): ReportSection {
  const lang = data.language;
  const t = (fr: string, en: string) => pick(lang, fr, en);
  const { workshop } = data;
  const stats = data.statistics;
  const blocks: ReportBlock[] = [
    {
      type: 'paragraph',
      style: 'lead',
      text: t(
        `L’atelier « ${workshop.title} » s’est tenu ${dateRange(workshop.startsOn, workshop.endsOn, lang)}${workshop.place === '' ? '' : ` à ${workshop.place}`}. Il a réuni ${String(stats.participants.total)} participants, dont ${String(stats.participants.female)} femmes (${percent(stats.participants.female, stats.participants.total, lang)}), et s’est prononcé sur ${String(data.decisions.filter((item) => item.method !== null).length)} recommandations.`,
        `The workshop “${workshop.title}” was held ${workshop.startsOn === workshop.endsOn ? 'on ' : 'from '}${dateRange(workshop.startsOn, workshop.endsOn, lang)}${workshop.place === '' ? '' : ` in ${workshop.place}`}. It brought together ${String(stats.participants.total)} participants, ${String(stats.participants.female)} of them women (${percent(stats.participants.female, stats.participants.total, lang)}), and decided on ${String(data.decisions.filter((item) => item.method !== null).length)} recommendations.`,
      ),
    },
  ];
  if (workshop.description !== '') blocks.push({ type: 'paragraph', text: workshop.description });
  blocks.push({
    type: 'figures',
    items: [
      { label: t('Participants', 'Participants'), value: String(stats.participants.total) },
      {
        label: t('Femmes', 'Women'),
        value: String(stats.participants.female),
        detail: percent(stats.participants.female, stats.participants.total, lang),
      },
      {
        label: t('Jours', 'Days'),
        value: String(Math.max(1, stats.attendanceByDay.length)),
      },
      {
        label: t('Recommandations décidées', 'Recommendations decided'),
        value: String(data.decisions.filter((item) => item.method !== null).length),
        detail: t(
          `sur ${String(data.decisions.length)} examinées`,
          `of ${String(data.decisions.length)} discussed`,
        ),
      },
    ],
  });
  blocks.push({
    type: 'table',
    table: {
      caption: t('L’événement', 'The event'),
      columns: [
        { label: t('Rubrique', 'Item'), width: 28 },
        { label: t('Détail', 'Detail'), width: 72 },
      ],
      rows: [
        [{ text: t('Intitulé', 'Title'), bold: true }, { text: workshop.title }],
        [
          { text: t('Dates', 'Dates'), bold: true },
          { text: dateRange(workshop.startsOn, workshop.endsOn, lang) },
        ],
        [{ text: t('Lieu', 'Place'), bold: true }, { text: workshop.place || '—' }],
        [
          { text: t('Organisateurs', 'Organisers'), bold: true },
          { text: workshop.organisers || '—' },
        ],
        [{ text: t('Partenaires', 'Partners'), bold: true }, { text: workshop.partners || '—' }],
      ],
    },
  });
  return {
    id: 'event',
    heading: t('L’événement', 'The event'),
    level: 1,
    pageBreakBefore: false,
    blocks,
  };
}

function agendaSections(data: WorkshopReportData): ReportSection[] {
  const lang = data.language;
  const t = (fr: string, en: string) => pick(lang, fr, en);
  const days: ReportSection[] = data.agenda.map((day, index) => ({
    id: `agenda-day-${String(index + 1)}`,
    heading: t(
      `Jour ${String(index + 1)} — ${longDate(day.day, lang)}`,
      `Day ${String(index + 1)} — ${longDate(day.day, lang)}`,
    ),
    level: 2,
    pageBreakBefore: false,
    blocks:
      day.sessions.length === 0
        ? [{ type: 'paragraph', text: t('Aucune séance prévue.', 'No session planned.') }]
        : [
            {
              type: 'table',
              table: {
                caption: t(
                  `Programme du ${longDate(day.day, lang)}`,
                  `Programme of ${longDate(day.day, lang)}`,
                ),
                columns: [
                  { label: t('Horaire', 'Time'), width: 16 },
                  { label: t('Séance', 'Session'), width: 64 },
                  { label: t('Recommandations', 'Recommendations'), width: 20 },
                ],
                rows: day.sessions.map((session) => [
                  { text: `${session.startsAt}–${session.endsAt}` },
                  {
                    text: session.title,
                    bold: true,
                    ...(session.description === '' ? {} : { lines: [session.description] }),
                  },
                  {
                    text:
                      session.recommendations.length === 0
                        ? '—'
                        : session.recommendations.join(', '),
                  },
                ]),
              },
            },
          ],
  }));
  return [
    {
      id: 'agenda',
      heading: t('Programme', 'Agenda'),
      level: 1,
      pageBreakBefore: false,
      blocks:
        days.length === 0
          ? [
              {
                type: 'paragraph',
                text: t('Le programme n’a pas été saisi.', 'No agenda was entered.'),
              },
            ]
          : [],
    },
    ...days,
  ];
}

function participationSections(data: WorkshopReportData): ReportSection[] {
  const lang = data.language;
  const t = (fr: string, en: string) => pick(lang, fr, en);
  const stats = data.statistics;
  // "Not stated" is shown only when someone did not say.
  const sexes = SEXES.filter((sex) => sex !== 'undisclosed' || stats.participants.undisclosed > 0);
  const sexSeries = (rows: readonly SexCountsData[]) =>
    sexes.map((sex) => ({
      label: label('sex', sex, lang),
      tone: sex === 'undisclosed' ? ('other' as const) : sex,
      values: rows.map((row) => row[sex]),
    }));
  const sexColumns = [
    ...sexes.map((sex) => ({
      label: label('sex', sex, lang),
      width: 42 / sexes.length,
      align: 'right' as const,
    })),
    { label: t('Total', 'Total'), width: 12, align: 'right' as const },
    { label: t('Part des femmes', 'Share of women'), width: 14, align: 'right' as const },
  ];
  const sexCells = (counts: SexCountsData): ReportCell[] => [
    ...sexes.map((sex) => num(counts[sex])),
    { text: String(counts.total), bold: true },
    { text: percent(counts.female, counts.total, lang) },
  ];
  const sectors = stats.bySector.filter((row) => row.counts.total > 0);
  const topSector = [...sectors].sort((a, b) => b.counts.total - a.counts.total)[0];
  const bySector: ReportSection = {
    id: 'participants-sector',
    heading: t('Participants par secteur et par sexe', 'Participants by sector and sex'),
    level: 2,
    pageBreakBefore: false,
    blocks: [
      {
        type: 'chart',
        chart: {
          title: t('Participants par secteur', 'Participants by sector'),
          categories: sectors.map((row) => label('sector', row.sector, lang)),
          series: sexSeries(sectors.map((row) => row.counts)),
          stacked: true,
          unit: t('participants', 'participants'),
          description: t(
            `Nombre de participants de chaque secteur, femmes et hommes en barres empilées.${topSector === undefined ? '' : ` Le secteur le plus représenté est « ${label('sector', topSector.sector, lang)} » (${String(topSector.counts.total)}).`}`,
            `Number of participants from each sector, women and men as stacked bars.${topSector === undefined ? '' : ` The sector most represented is “${label('sector', topSector.sector, lang)}” (${String(topSector.counts.total)}).`}`,
          ),
        },
      },
      {
        type: 'table',
        table: {
          caption: t('Participants par secteur et par sexe', 'Participants by sector and sex'),
          columns: [{ label: t('Secteur', 'Sector'), width: 32 }, ...sexColumns],
          rows: [
            ...sectors.map((row) => [
              { text: label('sector', row.sector, lang) },
              ...sexCells(row.counts),
            ]),
            [{ text: t('Ensemble', 'All'), bold: true }, ...sexCells(stats.participants)],
          ],
        },
      },
    ],
  };
  const attendance: ReportSection = {
    id: 'attendance',
    heading: t('Présence par jour', 'Attendance by day'),
    level: 2,
    pageBreakBefore: false,
    blocks: [
      {
        type: 'chart',
        chart: {
          title: t('Présents par jour', 'Present each day'),
          categories: stats.attendanceByDay.map((row) => longDate(row.day, lang)),
          series: sexSeries(stats.attendanceByDay.map((row) => row.counts)),
          stacked: true,
          unit: t('participants', 'participants'),
          description: t(
            `Participants présents chaque jour, par sexe. ${String(stats.attendees.total)} personnes ont été présentes au moins un jour, dont ${String(stats.attendees.female)} femmes.`,
            `Participants present each day, by sex. ${String(stats.attendees.total)} people attended at least one day, ${String(stats.attendees.female)} of them women.`,
          ),
        },
      },
      {
        type: 'table',
        table: {
          caption: t('Présence par jour et par sexe', 'Attendance by day and sex'),
          columns: [{ label: t('Jour', 'Day'), width: 32 }, ...sexColumns],
          rows: [
            ...stats.attendanceByDay.map((row) => [
              { text: longDate(row.day, lang) },
              ...sexCells(row.counts),
            ]),
            [
              { text: t('Présents au moins un jour', 'Present at least one day'), bold: true },
              ...sexCells(stats.attendees),
            ],
          ],
        },
      },
    ],
  };
  return [
    {
      id: 'participants',
      heading: t('Participation', 'Participation'),
      level: 1,
      pageBreakBefore: true,
      blocks: [
        {
          type: 'paragraph',
          text: t(
            `${String(stats.participants.total)} participants inscrits : ${String(stats.participants.female)} femmes, ${String(stats.participants.male)} hommes${stats.participants.undisclosed === 0 ? '' : `, ${String(stats.participants.undisclosed)} sans indication`}. La part des femmes est de ${percent(stats.participants.female, stats.participants.total, lang)}.`,
            `${String(stats.participants.total)} registered participants: ${String(stats.participants.female)} women, ${String(stats.participants.male)} men${stats.participants.undisclosed === 0 ? '' : `, ${String(stats.participants.undisclosed)} not stated`}. Women make up ${percent(stats.participants.female, stats.participants.total, lang)}.`,
          ),
        },
      ],
    },
    bySector,
    attendance,
  ];
}

export function buildWorkshopReport(data: WorkshopReportData): ReportDocument {
  const lang = data.language;
  const t = (fr: string, en: string) => pick(lang, fr, en);
  const country = countryName(data.project.country, lang);
  const date = longDate(data.date, lang);
  const title = t(
    `Rapport d’atelier — ${data.workshop.title}`,
    `Workshop report — ${data.workshop.title}`,
  );
  return {
    kind: 'workshop',
    language: lang,
    title,
    cover: {
      kicker: t('Rapport d’atelier', 'Workshop report'),
      title: data.workshop.title,
      subtitle: data.project.name,
      facts: [
        { label: t('Pays', 'Country'), value: country },
        {
          label: t('Dates', 'Dates'),
          value: dateRange(data.workshop.startsOn, data.workshop.endsOn, lang),
        },
        { label: t('Lieu', 'Place'), value: data.workshop.place || '—' },
        { label: t('Organisateurs', 'Organisers'), value: data.workshop.organisers || '—' },
        { label: t('Partenaires', 'Partners'), value: data.workshop.partners || '—' },
        { label: t('Date du rapport', 'Report date'), value: date },
      ],
    },
    contentsHeading: t('Table des matières', 'Contents'),
    sections: [
      eventSection(data),
      ...agendaSections(data),
      ...participationSections(data),
      decisionsSection(data),
      ...(data.participants === null ? [] : [participantsSection(data, data.participants)]),
    ],
    footer: `LexAlign — ${title} — ${date}`,
  };
}
