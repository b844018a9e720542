import ExcelJS from 'exceljs';
import type {
  DecisionMethod,
  Priority,
  RecommendationStatus,
  RecommendationType,
} from '../core/workshop/vocabulary.js';
import { label } from '../core/reports/report-texts.js';
import { neutralised } from './workshop-records.js';

type FindingStatus = 'aligned' | 'partial' | 'missing' | 'not_applicable' | 'not_assessed';

/** One row of the concordance table, as the person downloading may read it. */
export interface ConcordanceLine {
  readonly obligationId: string;
  readonly title: string;
  readonly theme: string;
  readonly instrument: string;
  readonly status: FindingStatus;
  readonly engineStatus: FindingStatus;
  /** Provisions linked (rejected ones left out): "Art. 3 (Law 2012-023)". */
  readonly provisions: readonly string[];
  readonly missingElements: readonly string[];
  readonly reasoning: string;
  /** Who confirmed the finding and when, or null. */
  readonly confirmed: { readonly by: string; readonly at: string } | null;
}

export interface RecommendationLine {
  readonly label: string;
  readonly title: string;
  readonly type: RecommendationType;
  readonly priority: Priority;
  readonly status: RecommendationStatus;
  readonly theme: string;
  readonly obligationIds: readonly string[];
  readonly wording: string;
  readonly decision: {
    readonly method: DecisionMethod | null;
    readonly note: string;
    readonly decidedAt: string | null;
  };
}

export type SheetLanguage = 'fr' | 'en';
type Table = readonly (readonly string[])[];

const WORDS = {
  en: {
    concordance: 'Concordance',
    recommendations: 'Recommendations',
    obligation: 'Obligation',
    title: 'Title',
    theme: 'Theme',
    instrument: 'Instrument',
    status: 'Status',
    engineStatus: 'Engine status',
    provisions: 'Provisions',
    missing: 'Missing elements',
    reasoning: 'Reasoning',
    confirmed: 'Confirmed',
    label: 'Number',
    type: 'Type',
    priority: 'Priority',
    obligations: 'Obligations',
    wording: 'Wording',
    decision: 'Decision',
    confirmedBy: (by: string, at: string) => `${by}, ${at}`,
    methods: { vote: 'by vote', consensus: 'by consensus' },
  },
  fr: {
    concordance: 'Concordance',
    recommendations: 'Recommandations',
    obligation: 'Obligation',
    title: 'Intitulé',
    theme: 'Thème',
    instrument: 'Instrument',
    status: 'Statut',
    engineStatus: 'Statut proposé par le moteur',
    provisions: 'Dispositions',
    missing: 'Éléments manquants',
    reasoning: 'Raisonnement',
    confirmed: 'Confirmé',
    label: 'Numéro',
    type: 'Type',
    priority: 'Priorité',
    obligations: 'Obligations',
    wording: 'Libellé',
    decision: 'Décision',
    confirmedBy: (by: string, at: string) => `${by}, ${at}`,
    methods: { vote: 'par vote', consensus: 'par consensus' },
  },
} as const;

/** The concordance table, one line per obligation, headers first. */
export function concordanceTable(
  lines: readonly ConcordanceLine[],
  language: SheetLanguage,
): Table {
  const words = WORDS[language];
  return [
    [
      words.obligation,
      words.title,
      words.theme,
      words.instrument,
      words.status,
      words.engineStatus,
      words.provisions,
      words.missing,
      words.reasoning,
      words.confirmed,
    ],
    ...lines.map((line) => [
      line.obligationId,
      line.title,
      line.theme,
      line.instrument,
      label('findingStatus', line.status, language),
      label('findingStatus', line.engineStatus, language),
      line.provisions.join('\n'),
      line.missingElements.join('\n'),
      line.reasoning,
      line.confirmed === null ? '' : words.confirmedBy(line.confirmed.by, line.confirmed.at),
    ]),
  ];
}

/** The recommendations, one line each, headers first. */
export function recommendationsTable(
  lines: readonly RecommendationLine[],
  language: SheetLanguage,
): Table {
  const words = WORDS[language];
  return [
    [
      words.label,
      words.title,
      words.type,
      words.priority,
      words.status,
      words.theme,
      words.obligations,
      words.wording,
      words.decision,
    ],
    ...lines.map((line) => [
      line.label,
      line.title,
      label('recommendationType', line.type, language),
      label('priority', line.priority, language),
      label('recommendationStatus', line.status, language),
      line.theme,
      line.obligationIds.join(', '),
      line.wording,
      decisionText(line.decision, words),
    ]),
  ];
}

function decisionText(
  decision: RecommendationLine['decision'],
  words: (typeof WORDS)[SheetLanguage],
): string {
  const parts = [
    decision.decidedAt?.slice(0, 10) ?? '',
    decision.method === null ? '' : words.methods[decision.method],
    decision.note,
  ];
  return parts.filter((part) => part !== '').join(' — ');
}

/** Widest useful width of a column, in characters. */
const MAX_WIDTH = 60;

/**
 * One sheet as a workbook: bold white headers on a dark band, the header row frozen, an
 * autofilter over the columns, wrapped long texts.
 */
export async function sheetWorkbook(name: string, table: Table): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(0);
  const sheet = workbook.addWorksheet(name.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  for (const row of table) sheet.addRow([...row]);
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3A5F' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  const columns = table[0]?.length ?? 0;
  if (columns > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } };
  }
  sheet.columns.forEach((column, index) => {
    const widest = Math.max(
      ...table.map((row) =>
        Math.max(
          ...String(row[index] ?? '')
            .split('\n')
            .map((line) => line.length),
        ),
      ),
    );
    column.width = Math.min(MAX_WIDTH, Math.max(10, widest + 2));
    if (widest > MAX_WIDTH) column.alignment = { wrapText: true, vertical: 'top' };
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

function csvCell(text: string, separator: string): string {
  const safe = neutralised(text);
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A table as CSV: UTF-8 with a byte order mark, `;`-separated in French and `,` in English,
 * CRLF line ends, text that would run as a formula neutralised.
 */
export function sheetCsv(table: Table, language: SheetLanguage): string {
  const separator = language === 'fr' ? ';' : ',';
  const lines = table.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const sheetNames = (language: SheetLanguage) => ({
  concordance: WORDS[language].concordance,
  recommendations: WORDS[language].recommendations,
});
