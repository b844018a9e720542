import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { ImportError } from './import-result.js';
import { decodeText } from './text-encoding.js';

/** The formats an attendance sheet may come in. */
export type SheetFormat = 'xlsx' | 'csv';

/** Every workbook (XLSX, DOCX…) is a ZIP archive: it starts with these bytes. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The older binary Excel format (OLE compound file): not read, the user is told to save as XLSX. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, index) => bytes[index] === byte);

/**
 * Which format the file is: by its first bytes, then its name. Refuses what is neither a
 * workbook nor a text file, saying what to do.
 */
export function sheetFormat(bytes: Uint8Array, fileName: string): SheetFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, ZIP_MAGIC)) {
    if (extension === 'xlsx' || extension === 'xlsm' || extension === '') return 'xlsx';
    throw new ImportError(
      'unsupported-format',
      fileName,
      'this archive is not a spreadsheet: send the attendance sheet as XLSX or CSV',
    );
  }
  if (startsWith(bytes, OLE_MAGIC) || extension === 'xls') {
    throw new ImportError(
      'unsupported-format',
      fileName,
      'old Excel format (.xls): save the sheet as XLSX (Excel Workbook) or CSV and send it again',
    );
  }
  if (['csv', 'txt', 'tsv', ''].includes(extension)) return 'csv';
  throw new ImportError(
    'unsupported-format',
    fileName,
    `.${extension} files are not read: send the attendance sheet as XLSX or CSV`,
  );
}

/**
 * The separator of a CSV file: the one of `;`, `,` and tab most used on its first 20 lines
 * (outside quotes), so a title line above the header does not mislead it.
 */
export function csvSeparator(text: string): ';' | ',' | '\t' {
  const head = text
    .split('\n', 20)
    .join('\n')
    .replace(/"[^"]*"/g, '');
  const count = (separator: string) => head.split(separator).length - 1;
  const candidates = [';', ',', '\t'] as const;
  return candidates.reduce((best, next) => (count(next) > count(best) ? next : best), ',' as const);
}

/** Reads a CSV file's bytes (UTF-8 with or without BOM, UTF-16, else Windows-1252). */
export function readCsvCells(bytes: Uint8Array, fileName: string): string[][] {
  const { text } = decodeText(bytes, fileName);
  try {
    const records: string[][] = parse(text, {
      delimiter: csvSeparator(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
    return records.map((record) => record.map((cell) => cell.trim()));
  } catch (error) {
    throw new ImportError(
      'corrupt-file',
      fileName,
      `the CSV file cannot be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

type CellValue = ExcelJS.CellValue;

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

/** The rows of a workbook's first sheet as text; `cells[i]` is the sheet's row i + 1. */
export async function readXlsxCells(bytes: Uint8Array, fileName: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    throw new ImportError(
      'corrupt-file',
      fileName,
      `the workbook cannot be opened (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (sheet === undefined)
    throw new ImportError('empty-file', fileName, 'the workbook has no rows');
  const cells: string[][] = [];
  for (let number = 1; number <= sheet.rowCount; number += 1) {
    const row = sheet.getRow(number);
    const values: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) {
      values.push(cellText(row.getCell(column).value).trim());
    }
    cells.push(values);
  }
  return cells;
}

/** The rows of an attendance sheet, CSV or XLSX, as text. */
export async function readSheetCells(bytes: Uint8Array, fileName: string): Promise<string[][]> {
  return sheetFormat(bytes, fileName) === 'xlsx'
    ? readXlsxCells(bytes, fileName)
    : readCsvCells(bytes, fileName);
}
