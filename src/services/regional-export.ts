import ExcelJS from 'exceljs';
import type { FindingStatus, Language } from '../contract/common.js';
import type { RegionalExportQuery, RegionalMatrix } from '../contract/regional.js';
import type { Theme } from '../core/catalogue/types.js';
import { THEME_HEADINGS } from '../core/drafting/draft-outline.js';
import { neutralised } from '../reporters/workshop-records.js';
import type { Actor } from './accounts.js';
import { regionalMatrix } from './regional.js';
import type { Workspace } from './workspace.js';

const WORDS = {
  en: {
    matrix: 'Matrix',
    themes: 'Themes',
    gaps: 'Gaps',
    obligation: 'Obligation',
    title: 'Title',
    theme: 'Theme',
    instrument: 'Instrument',
    obligations: 'Obligations',
    countries: 'Countries',
    missingIn: 'Missing in',
    partialIn: 'Partial in',
    coverage: 'Coverage (aligned)',
    none: 'no finding',
    status: {
      aligned: 'aligned',
      partial: 'partial',
      missing: 'missing',
      not_applicable: 'not applicable',
      not_assessed: 'not assessed',
    },
    file: 'regional-comparison',
  },
  fr: {
    matrix: 'Matrice',
    themes: 'Thèmes',
    gaps: 'Lacunes',
    obligation: 'Obligation',
    title: 'Intitulé',
    theme: 'Thème',
    instrument: 'Instrument',
    obligations: 'Obligations',
    countries: 'Pays',
    missingIn: 'Absente dans',
    partialIn: 'Partielle dans',
    coverage: 'Couverture (conforme)',
    none: 'pas de constat',
    status: {
      aligned: 'conforme',
      partial: 'partiel',
      missing: 'absent',
      not_applicable: 'sans objet',
      not_assessed: 'non évalué',
    },
    file: 'comparaison-regionale',
  },
} as const satisfies Record<Language, unknown>;

type Cell = string | number;
type Table = Cell[][];

const themeName = (theme: string, language: Language): string =>
  THEME_HEADINGS[language][theme as Theme] ?? theme;

const countryHeading = (country: RegionalMatrix['countries'][number]): string =>
  `${country.country} – ${country.name}`;

function matrixTable(matrix: RegionalMatrix, language: Language): Table {
  const words = WORDS[language];
  return [
    [
      words.obligation,
      words.title,
      words.theme,
      words.instrument,
      ...matrix.countries.map(countryHeading),
    ],
    ...matrix.rows.map((row) => [
      row.obligationId,
      row.title[language],
      themeName(row.theme, language),
      row.instrument,
      ...row.cells.map((cell) => (cell.status === null ? words.none : words.status[cell.status])),
    ]),
    [
      words.coverage,
      '',
      '',
      '',
      ...matrix.countries.map((country) => `${Math.round(country.coverage * 100)} %`),
    ],
  ];
}

function themesTable(matrix: RegionalMatrix, language: Language): Table {
  const words = WORDS[language];
  const statuses: FindingStatus[] = ['aligned', 'partial', 'missing'];
  return [
    [
      words.theme,
      words.obligations,
      ...matrix.countries.flatMap((country) =>
        statuses.map((status) => `${country.country} ${words.status[status]}`),
      ),
    ],
    ...matrix.themes.map((row) => [
      themeName(row.theme, language),
      row.obligations,
      ...row.cells.flatMap((cell) => statuses.map((status) => cell.counts[status] ?? 0)),
    ]),
  ];
}

function gapsTable(matrix: RegionalMatrix, language: Language): Table {
  const words = WORDS[language];
  const codes = new Map(matrix.countries.map((country) => [country.projectId, country.country]));
  const list = (ids: readonly string[]): string => ids.map((id) => codes.get(id) ?? id).join(', ');
  return [
    [words.obligation, words.title, words.countries, words.missingIn, words.partialIn],
    ...matrix.summary.gaps.map((gap) => [
      gap.obligationId,
      gap.title[language],
      gap.countries,
      list(gap.missing),
      list(gap.partial),
    ]),
  ];
}

function csvCell(cell: Cell, separator: string): string {
  const text = typeof cell === 'number' ? String(cell) : neutralised(cell);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte order mark, `;` in French and `,` in English, CRLF: as spreadsheets expect. */
export function regionalCsv(matrix: RegionalMatrix, language: Language): string {
  const separator = language === 'fr' ? ';' : ',';
  const lines = matrixTable(matrix, language).map((row) =>
    row.map((cell) => csvCell(cell, separator)).join(separator),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Fill of a status cell, with the word in it: the colour is never the only sign. */
const FILLS: Readonly<Record<FindingStatus, string>> = {
  aligned: 'FFD7F0DD',
  partial: 'FFFFF0C2',
  missing: 'FFF8D4D4',
  not_applicable: 'FFE8E8E8',
  not_assessed: 'FFFFFFFF',
};

/** Three sheets: the matrix (status words on coloured cells), the themes and the gaps. */
export async function regionalWorkbook(
  matrix: RegionalMatrix,
  language: Language,
): Promise<Uint8Array> {
  const words = WORDS[language];
  const book = new ExcelJS.Workbook();
  const sheets: [string, Table, number][] = [
    [words.matrix, matrixTable(matrix, language), 1],
    [words.themes, themesTable(matrix, language), 1],
    [words.gaps, gapsTable(matrix, language), 0],
  ];
  for (const [name, table, xSplit] of sheets) {
    const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit }] });
    for (const row of table)
      sheet.addRow(row.map((cell) => (typeof cell === 'string' ? neutralised(cell) : cell)));
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column, index) => {
      const widest = Math.max(...table.map((row) => String(row[index] ?? '').length));
      column.width = Math.min(60, Math.max(8, widest + 2));
    });
  }
  const matrixSheet = book.getWorksheet(words.matrix);
  if (matrixSheet === undefined) throw new Error('the matrix sheet is missing');
  matrix.rows.forEach((row, rowIndex) => {
    row.cells.forEach((cell, column) => {
      if (cell.status === null) return;
      matrixSheet.getCell(rowIndex + 2, column + 5).fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: FILLS[cell.status] },
      };
    });
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The regional matrix as a file, with the same filters as the page (and its themes). */
export async function exportRegional(
  workspace: Workspace,
  request: { readonly actor: Actor; readonly query: RegionalExportQuery },
): Promise<{ fileName: string; contentType: string; bytes: Uint8Array }> {
  const { format, language, ...query } = request.query;
  const matrix = await regionalMatrix(workspace, {
    actor: request.actor,
    query: { ...query, level: 'theme' },
  });
  const name = WORDS[language].file;
  if (format === 'csv') {
    return {
      fileName: `${name}.csv`,
      contentType: 'text/csv; charset=utf-8',
      bytes: new TextEncoder().encode(regionalCsv(matrix, language)),
    };
  }
  return {
    fileName: `${name}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: await regionalWorkbook(matrix, language),
  };
}
