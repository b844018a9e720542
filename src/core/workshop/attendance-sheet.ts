/**
 * Reads an attendance sheet (the rows of a CSV file or of a workbook's first sheet, already
 * turned into text) into participants and their days of presence, with an error for every
 * cell that cannot be read: the row number as the sheet shows it, the column, the problem.
 */
import { normaliseText, readSector } from './sector-words.js';

export { normaliseText, readSector };
import { isIsoDate } from './statistics.js';
import type { Sector, Sex } from './vocabulary.js';

/** What a sheet's row says about a participant. */
export interface SheetParticipant {
  name: string;
  organisation: string;
  sector: Sector;
  functionTitle: string;
  sex: Sex;
  email: string;
  phone: string;
}

export const SHEET_ERROR_CODES = [
  'no_header',
  'missing_name',
  'unknown_sex',
  'unknown_sector',
  'invalid_email',
  'unknown_mark',
  'duplicate_row',
  'day_beyond_workshop',
  'date_outside_workshop',
] as const;
export type SheetErrorCode = (typeof SHEET_ERROR_CODES)[number];

/** One problem of the sheet. `row` is 1-based as spreadsheets number rows. */
export interface SheetError {
  row: number;
  /** The column's header as written in the sheet (or its letter when it has none). */
  column: string;
  code: SheetErrorCode;
  /** The cell's text, or the other row for `duplicate_row`. */
  value: string;
  /** The problem in plain English (screens show their own words for `code`). */
  message: string;
}

/** A row that can be imported. */
export interface SheetRow {
  row: number;
  participant: SheetParticipant;
  /** The workshop days the row marks the participant present (`YYYY-MM-DD`). */
  days: string[];
  /** The existing participant the row updates (same name and organisation), if any. */
  existingId: string | null;
}

export interface ReadSheet {
  /** The rows without errors. */
  rows: SheetRow[];
  /** Numbers of the rows with at least one error. */
  rejectedRows: number[];
  errors: SheetError[];
}

type Field =
  'name' | 'firstName' | 'organisation' | 'sector' | 'functionTitle' | 'sex' | 'email' | 'phone';

/**
 * The key that makes two rows the same person: name words in any order ("TRAORÉ Awa" is
 * "Awa Traoré") and the organisation, case and accents ignored.
 */
export function participantKey(name: string, organisation: string): string {
  const words = normaliseText(name).split(' ').filter(Boolean).sort();
  return `${words.join(' ')}|${normaliseText(organisation)}`;
}

const HEADER_PATTERNS: readonly (readonly [Field, RegExp])[] = [
  ['firstName', /^(prenoms?|first names?|given names?|forenames?)$/],
  ['name', /^(nom|noms|name|full name|last name|surname|family name|participant|nom complet)$/],
  [
    'name',
    /^(nom et prenoms?|noms et prenoms?|nom prenoms?|prenoms? et noms?|names? and surnames?)$/,
  ],
  [
    'organisation',
    /^(organisation|organization|structure|institution|organisme|entite|affiliation|agency|service|ministere|ministry|structure institution|organisation structure)( d origine| of origin)?$/,
  ],
  ['sector', /^(secteur|sector|categorie|category|type de structure|type d organisation)$/],
  ['functionTitle', /^(fonction|function|title|titre|poste|position|job title|qualite)$/],
  ['sex', /^(sexe|sex|genre|gender|h f|f h|f m|m f)$/],
  ['email', /^(email|e mail|courriel|mail|adresse electronique|adresse e mail|email address)$/],
  [
    'phone',
    /^(telephone|phone|tel|tel mobile|mobile|portable|contact|gsm|phone number|numero de telephone)$/,
  ],
];

function headerField(header: string): Field | undefined {
  const text = normaliseText(header.replace(/\(s\)/gi, 's'));
  return HEADER_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0];
}

const DAY_NUMBER = /(?:^|\s)(?:jour|day|j|d)\s?(\d{1,2})(?:\s|$)/;
const DAY_SLASHED = /(?:^|\D)(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?:\D|$)/;
const DAY_ISO = /(\d{4})-(\d{2})-(\d{2})/;

/** What a header says about a day: a day number, a date, or nothing. */
function headerDay(
  header: string,
  year: string,
): { kind: 'number'; value: number } | { kind: 'date'; value: string } | undefined {
  const iso = DAY_ISO.exec(header);
  if (iso !== null) return { kind: 'date', value: iso[0] };
  const numbered = DAY_NUMBER.exec(normaliseText(header));
  if (numbered !== null) return { kind: 'number', value: Number(numbered[1]) };
  const slashed = DAY_SLASHED.exec(header);
  if (slashed !== null) {
    const [, day = '', month = '', fullYear] = slashed;
    return {
      kind: 'date',
      value: `${fullYear ?? year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`,
    };
  }
  return undefined;
}

const PRESENT = new Set(['x', '✓', '✔', '☑', '1', 'oui', 'yes', 'p', 'present', 'o', 'y']);
const ABSENT = new Set(['', '0', 'non', 'no', 'n', 'a', 'absent', 'absente', '-']);

const SEX_WORDS: Readonly<Record<string, Sex>> = {
  f: 'female',
  femme: 'female',
  female: 'female',
  feminin: 'female',
  woman: 'female',
  w: 'female',
  mme: 'female',
  m: 'male',
  h: 'male',
  homme: 'male',
  male: 'male',
  masculin: 'male',
  man: 'male',
  mr: 'male',
  undisclosed: 'undisclosed',
  'non precise': 'undisclosed',
  'non communique': 'undisclosed',
  'prefer not to say': 'undisclosed',
};

/** The sex a cell names; `undisclosed` when empty; undefined when unknown. */
export function readSex(text: string): Sex | undefined {
  const word = normaliseText(text);
  return word === '' ? 'undisclosed' : SEX_WORDS[word];
}

/** The spreadsheet letter of a 0-based column index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

interface Layout {
  headerRow: number;
  fields: Map<Field, number>;
  /** Column index → workshop day, for the day columns that name one. */
  dayColumns: Map<number, string>;
  /** Column index → header text, for naming columns in errors. */
  labels: string[];
  errors: SheetError[];
}

const HEADER_SEARCH_ROWS = 15;

function findLayout(
  cells: readonly (readonly string[])[],
  days: readonly string[],
): Layout | undefined {
  const year = days[0]?.slice(0, 4) ?? '';
  for (let index = 0; index < Math.min(cells.length, HEADER_SEARCH_ROWS); index += 1) {
    const headers = cells[index] ?? [];
    const fields = new Map<Field, number>();
    headers.forEach((header, column) => {
      const field = headerField(header);
      if (field !== undefined && !fields.has(field)) fields.set(field, column);
    });
    if (!fields.has('name')) continue;
    const row = index + 1;
    const labels = headers.map((header, column) => header.trim() || columnLetter(column));
    const layout: Layout = { headerRow: row, fields, dayColumns: new Map(), labels, errors: [] };
    headers.forEach((header, column) => {
      if ([...fields.values()].includes(column)) return;
      const day = headerDay(header, year);
      if (day === undefined) return;
      const column_ = labels[column] ?? columnLetter(column);
      if (day.kind === 'number') {
        const date = days[day.value - 1];
        if (date !== undefined && day.value >= 1) layout.dayColumns.set(column, date);
        else
          layout.errors.push({
            row,
            column: column_,
            code: 'day_beyond_workshop',
            value: header,
            message: `Column "${column_}" is day ${String(day.value)} but the workshop has ${String(days.length)} day(s).`,
          });
      } else if (isIsoDate(day.value) && days.includes(day.value)) {
        layout.dayColumns.set(column, day.value);
      } else {
        layout.errors.push({
          row,
          column: column_,
          code: 'date_outside_workshop',
          value: header,
          message: `Column "${column_}" is dated ${day.value}, not a day of the workshop (${days[0] ?? '?'} to ${days[days.length - 1] ?? '?'}).`,
        });
      }
    });
    return layout;
  }
  return undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Reads the sheet. `cells[i]` is the sheet's row i + 1 (keep empty rows so the numbers match).
 * The header row is the first of the first 15 rows with a name column. Rows with no text are
 * skipped; a row naming the same person as an earlier row is an error; a row naming someone
 * in `existing` (same name and organisation) updates them.
 */
export function readAttendanceSheet(
  cells: readonly (readonly string[])[],
  options: {
    days: readonly string[];
    existing: readonly { id: string; name: string; organisation: string }[];
  },
): ReadSheet {
  const layout = findLayout(cells, options.days);
  if (layout === undefined) {
    return {
      rows: [],
      rejectedRows: [],
      errors: [
        {
          row: 1,
          column: '',
          code: 'no_header',
          value: '',
          message:
            'No header row with a name column (Nom, Name, Nom et prénoms…) in the first 15 rows.',
        },
      ],
    };
  }
  const existing = new Map(
    options.existing.map((person) => [participantKey(person.name, person.organisation), person.id]),
  );
  const seen = new Map<string, number>();
  const rows: SheetRow[] = [];
  const rejectedRows: number[] = [];
  const errors = [...layout.errors];
  for (let index = layout.headerRow; index < cells.length; index += 1) {
    const cellsOfRow = cells[index] ?? [];
    if (cellsOfRow.every((cell) => cell.trim() === '')) continue;
    const row = index + 1;
    const read = readRow(cellsOfRow, row, layout);
    let rowErrors = read.errors;
    const key = participantKey(read.participant.name, read.participant.organisation);
    const earlier = seen.get(key);
    if (read.participant.name !== '' && earlier !== undefined) {
      const column = layout.labels[layout.fields.get('name') ?? 0] ?? 'A';
      rowErrors = [
        ...rowErrors,
        {
          row,
          column,
          code: 'duplicate_row',
          value: String(earlier),
          message: `Row ${String(row)} repeats row ${String(earlier)} (same name and organisation).`,
        },
      ];
    } else if (read.participant.name !== '') {
      seen.set(key, row);
    }
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      rejectedRows.push(row);
      continue;
    }
    rows.push({
      row,
      participant: read.participant,
      days: read.days,
      existingId: existing.get(key) ?? null,
    });
  }
  return { rows, rejectedRows, errors };
}

function readRow(
  cells: readonly string[],
  row: number,
  layout: Layout,
): { participant: SheetParticipant; days: string[]; errors: SheetError[] } {
  const errors: SheetError[] = [];
  const cell = (field: Field): string => {
    const column = layout.fields.get(field);
    return column === undefined ? '' : (cells[column] ?? '').trim().replace(/\s+/g, ' ');
  };
  const label = (field: Field): string => {
    const column = layout.fields.get(field);
    return column === undefined ? '' : (layout.labels[column] ?? columnLetter(column));
  };
  const fail = (field: Field, error: { code: SheetErrorCode; value: string; message: string }) =>
    errors.push({ row, column: label(field), ...error });

  const name = [cell('firstName'), cell('name')].filter(Boolean).join(' ');
  if (name === '')
    fail('name', { code: 'missing_name', value: '', message: `Row ${String(row)} has no name.` });

  const sexText = cell('sex');
  const sex = readSex(sexText);
  if (sex === undefined) {
    fail('sex', {
      code: 'unknown_sex',
      value: sexText,
      message: `Unknown sex "${sexText}": use F or M (Femme/Homme, female/male).`,
    });
  }

  const organisation = cell('organisation');
  const sectorText = cell('sector');
  let sector: Sector | undefined;
  if (sectorText === '') {
    sector = readSector(organisation) ?? 'other';
  } else {
    sector = readSector(sectorText);
    if (sector === undefined) {
      fail('sector', {
        code: 'unknown_sector',
        value: sectorText,
        message: `Unknown sector "${sectorText}": use government, justice, law enforcement, parliament, civil society, international, academia or other.`,
      });
    }
  }

  const email = cell('email');
  if (email !== '' && !EMAIL.test(email)) {
    fail('email', {
      code: 'invalid_email',
      value: email,
      message: `"${email}" is not an e-mail address.`,
    });
  }

  const days: string[] = [];
  for (const [column, day] of layout.dayColumns) {
    const mark = (cells[column] ?? '').trim();
    const word = normaliseText(mark) || mark;
    if (PRESENT.has(word) || PRESENT.has(mark)) days.push(day);
    else if (!ABSENT.has(word)) {
      const header = layout.labels[column] ?? columnLetter(column);
      errors.push({
        row,
        column: header,
        code: 'unknown_mark',
        value: mark,
        message: `Unknown attendance mark "${mark}": use x, ✓, 1, oui/yes or P for present, leave empty for absent.`,
      });
    }
  }

  return {
    participant: {
      name,
      organisation,
      sector: sector ?? 'other',
      functionTitle: cell('functionTitle'),
      sex: sex ?? 'undisclosed',
      email,
      phone: cell('phone'),
    },
    days: [...new Set(days)].sort(),
    errors,
  };
}
