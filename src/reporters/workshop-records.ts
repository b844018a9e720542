import ExcelJS from 'exceljs';
import type { SexCounts, WorkshopStatistics } from '../core/workshop/statistics.js';
import type {
  DecisionMethod,
  RecommendationStatus,
  Sector,
  Sex,
} from '../core/workshop/vocabulary.js';

/** What a workshop's records hold, already read and allowed for the person downloading. */
export interface WorkshopRecords {
  readonly language: 'fr' | 'en';
  readonly workshop: {
    readonly title: string;
    readonly startsOn: string;
    readonly endsOn: string;
    readonly place: string;
    readonly organisers: string;
    readonly partners: string;
  };
  readonly days: readonly string[];
  readonly statistics: WorkshopStatistics;
  /** Contacts are null when the reader may not see them: the columns are left out. */
  readonly participants: readonly {
    readonly name: string;
    readonly organisation: string;
    readonly sector: Sector;
    readonly functionTitle: string;
    readonly sex: Sex;
    readonly email: string | null;
    readonly phone: string | null;
    readonly days: readonly string[];
  }[];
  readonly decisions: readonly {
    readonly label: string;
    readonly title: string;
    readonly status: RecommendationStatus;
    readonly method: DecisionMethod | null;
    readonly tally: {
      readonly for: number;
      readonly against: number;
      readonly abstain: number;
    } | null;
    readonly decidedAt: string | null;
  }[];
}

export type RecordsPart = 'statistics' | 'participants' | 'attendance' | 'decisions';

const WORDS = {
  en: {
    summary: 'Summary',
    bySex: 'By sex',
    bySector: 'By sector',
    attendance: 'Attendance',
    decisions: 'Decisions',
    participants: 'Participants',
    title: 'Workshop',
    dates: 'Dates',
    place: 'Place',
    organisers: 'Organisers',
    partners: 'Partners',
    registered: 'Participants registered',
    women: 'Women',
    men: 'Men',
    undisclosed: 'Not stated',
    total: 'Total',
    womenShare: 'Share of women',
    attendees: 'Attendees (at least one day)',
    recommendations: 'Recommendations discussed',
    indicator: 'Indicator',
    value: 'Value',
    sex: 'Sex',
    sector: 'Sector',
    day: 'Day',
    name: 'Name',
    organisation: 'Organisation',
    function: 'Function',
    email: 'E-mail',
    phone: 'Phone',
    recommendation: 'Recommendation',
    decision: 'Decision',
    method: 'Method',
    for: 'For',
    against: 'Against',
    abstain: 'Abstain',
    decidedAt: 'Decided on',
    present: 'x',
    sexes: { female: 'Female', male: 'Male', undisclosed: 'Not stated' },
    sectors: {
      government: 'Government',
      justice: 'Justice',
      law_enforcement: 'Law enforcement',
      parliament: 'Parliament',
      civil_society: 'Civil society',
      international: 'International partners',
      academia: 'Academia',
      other: 'Other',
    },
    statuses: {
      draft: 'Draft',
      proposed: 'Proposed',
      under_discussion: 'Under discussion',
      adopted: 'Adopted',
      adopted_with_changes: 'Adopted with changes',
      rejected: 'Rejected',
      deferred: 'Deferred',
    },
    open: 'Not decided',
    methods: { vote: 'Vote', consensus: 'Consensus' },
  },
  fr: {
    summary: 'Synthèse',
    bySex: 'Par sexe',
    bySector: 'Par secteur',
    attendance: 'Présence',
    decisions: 'Décisions',
    participants: 'Participants',
    title: 'Atelier',
    dates: 'Dates',
    place: 'Lieu',
    organisers: 'Organisateurs',
    partners: 'Partenaires',
    registered: 'Participants inscrits',
    women: 'Femmes',
    men: 'Hommes',
    undisclosed: 'Non précisé',
    total: 'Total',
    womenShare: 'Part des femmes',
    attendees: 'Présents (au moins un jour)',
    recommendations: 'Recommandations examinées',
    indicator: 'Indicateur',
    value: 'Valeur',
    sex: 'Sexe',
    sector: 'Secteur',
    day: 'Jour',
    name: 'Nom',
    organisation: 'Structure',
    function: 'Fonction',
    email: 'Courriel',
    phone: 'Téléphone',
    recommendation: 'Recommandation',
    decision: 'Décision',
    method: 'Mode',
    for: 'Pour',
    against: 'Contre',
    abstain: 'Abstention',
    decidedAt: 'Décidée le',
    present: 'x',
    sexes: { female: 'Femme', male: 'Homme', undisclosed: 'Non précisé' },
    sectors: {
      government: 'Gouvernement',
      justice: 'Justice',
      law_enforcement: 'Forces de l’ordre',
      parliament: 'Parlement',
      civil_society: 'Société civile',
      international: 'Partenaires internationaux',
      academia: 'Université et recherche',
      other: 'Autre',
    },
    statuses: {
      draft: 'Brouillon',
      proposed: 'Proposée',
      under_discussion: 'En discussion',
      adopted: 'Adoptée',
      adopted_with_changes: 'Adoptée avec modifications',
      rejected: 'Rejetée',
      deferred: 'Reportée',
    },
    open: 'Non décidée',
    methods: { vote: 'Vote', consensus: 'Consensus' },
  },
} as const;

type Words = (typeof WORDS)['en' | 'fr'];
type Cell = string | number;
type Table = Cell[][];

const percent = (share: number | null): string =>
  share === null ? '–' : `${(share * 100).toFixed(1)} %`;

const split = (counts: SexCounts): number[] => [
  counts.female,
  counts.male,
  counts.undisclosed,
  counts.total,
];

function summaryTable(records: WorkshopRecords, words: Words): Table {
  const { workshop, statistics } = records;
  const byStatus = statistics.recommendations.byStatus;
  return [
    [words.indicator, words.value],
    [words.title, workshop.title],
    [words.dates, `${workshop.startsOn} – ${workshop.endsOn}`],
    [words.place, workshop.place],
    [words.organisers, workshop.organisers],
    [words.partners, workshop.partners],
    [words.registered, statistics.participants.total],
    [words.women, statistics.participants.female],
    [words.men, statistics.participants.male],
    [words.undisclosed, statistics.participants.undisclosed],
    [words.womenShare, percent(statistics.womenShare)],
    [words.attendees, statistics.attendees.total],
    ...statistics.attendanceByDay.map(({ day, counts }): Cell[] => [
      `${words.attendance} ${day}`,
      counts.total,
    ]),
    [words.recommendations, statistics.recommendations.total],
    [words.statuses.adopted, byStatus.adopted],
    [words.statuses.adopted_with_changes, byStatus.adopted_with_changes],
    [words.statuses.rejected, byStatus.rejected],
    [words.statuses.deferred, byStatus.deferred],
    [words.open, byStatus.open],
  ];
}

function bySexTable(records: WorkshopRecords, words: Words): Table {
  const { participants, attendees } = records.statistics;
  return [
    [words.sex, words.registered, words.attendees],
    [words.sexes.female, participants.female, attendees.female],
    [words.sexes.male, participants.male, attendees.male],
    [words.sexes.undisclosed, participants.undisclosed, attendees.undisclosed],
    [words.total, participants.total, attendees.total],
  ];
}

function bySectorTable(records: WorkshopRecords, words: Words): Table {
  return [
    [words.sector, words.women, words.men, words.undisclosed, words.total],
    ...records.statistics.bySector.map(({ sector, counts }) => [
      words.sectors[sector],
      ...split(counts),
    ]),
    [words.total, ...split(records.statistics.participants)],
  ];
}

/** One line per indicator, split by sex: the statistics part of a CSV export. */
function statisticsTable(records: WorkshopRecords, words: Words): Table {
  const { statistics } = records;
  return [
    [words.indicator, words.women, words.men, words.undisclosed, words.total],
    [words.registered, ...split(statistics.participants)],
    ...statistics.bySector.map(({ sector, counts }) => [
      `${words.sector}: ${words.sectors[sector]}`,
      ...split(counts),
    ]),
    ...statistics.attendanceByDay.map(({ day, counts }) => [
      `${words.attendance} ${day}`,
      ...split(counts),
    ]),
    [words.attendees, ...split(statistics.attendees)],
  ];
}

function attendanceTable(records: WorkshopRecords, words: Words): Table {
  return [
    [words.name, words.organisation, words.sex, ...records.days],
    ...records.participants.map((participant) => [
      participant.name,
      participant.organisation,
      words.sexes[participant.sex],
      ...records.days.map((day) => (participant.days.includes(day) ? words.present : '')),
    ]),
    [words.total, '', '', ...records.statistics.attendanceByDay.map(({ counts }) => counts.total)],
  ];
}

function decisionsTable(records: WorkshopRecords, words: Words): Table {
  return [
    [
      words.recommendation,
      words.title,
      words.decision,
      words.method,
      words.for,
      words.against,
      words.abstain,
      words.decidedAt,
    ],
    ...records.decisions.map((decision) => [
      decision.label,
      decision.title,
      words.statuses[decision.status],
      decision.method === null ? '' : words.methods[decision.method],
      decision.tally?.for ?? '',
      decision.tally?.against ?? '',
      decision.tally?.abstain ?? '',
      decision.decidedAt?.slice(0, 10) ?? '',
    ]),
  ];
}

function participantsTable(records: WorkshopRecords, words: Words): Table {
  const contacts = records.participants.some(
    (participant) => participant.email !== null || participant.phone !== null,
  );
  return [
    [
      words.name,
      words.organisation,
      words.sector,
      words.function,
      words.sex,
      ...(contacts ? [words.email, words.phone] : []),
    ],
    ...records.participants.map((participant) => [
      participant.name,
      participant.organisation,
      words.sectors[participant.sector],
      participant.functionTitle,
      words.sexes[participant.sex],
      ...(contacts ? [participant.email ?? '', participant.phone ?? ''] : []),
    ]),
  ];
}

/** The workbook: Summary, By sex, By sector, Attendance, Decisions, Participants. */
export async function workshopWorkbook(records: WorkshopRecords): Promise<Uint8Array> {
  const words = WORDS[records.language];
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(0);
  const sheets: [string, Table][] = [
    [words.summary, summaryTable(records, words)],
    [words.bySex, bySexTable(records, words)],
    [words.bySector, bySectorTable(records, words)],
    [words.attendance, attendanceTable(records, words)],
    [words.decisions, decisionsTable(records, words)],
    [words.participants, participantsTable(records, words)],
  ];
  for (const [name, table] of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of table) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column, index) => {
      const widest = Math.max(...table.map((row) => String(row[index] ?? '').length));
      column.width = Math.min(60, Math.max(8, widest + 2));
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/**
 * Text a spreadsheet program would run as a formula (`=…`, `+…`, `-…`, `@…`) is written with
 * a leading apostrophe, so a name typed on a phone cannot become a formula in the organisers'
 * spreadsheet; numbers and phone numbers (`+223 70 00 00 00`) are left as they are.
 */
export function neutralised(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text) || /^[+-]?[\d\s().]+$/.test(text)) return text;
  return `'${text}`;
}

function csvCell(cell: Cell, separator: string): string {
  const text = typeof cell === 'number' ? String(cell) : neutralised(cell);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One part as CSV: UTF-8 with a byte order mark (so spreadsheet programs show accents),
 * `;`-separated in French (as French spreadsheets expect), `,` in English, CRLF line ends.
 */
export function workshopCsv(records: WorkshopRecords, part: RecordsPart): string {
  const words = WORDS[records.language];
  const tables: Record<RecordsPart, (records: WorkshopRecords, words: Words) => Table> = {
    statistics: statisticsTable,
    participants: participantsTable,
    attendance: attendanceTable,
    decisions: decisionsTable,
  };
  const separator = records.language === 'fr' ? ';' : ',';
  const lines = tables[part](records, words).map((row) =>
    row.map((cell) => csvCell(cell, separator)).join(separator),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
