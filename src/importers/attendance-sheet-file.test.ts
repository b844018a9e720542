import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readAttendanceSheet } from '../core/workshop/attendance-sheet.js';
import { csvSeparator, readSheetCells, sheetFormat } from './attendance-sheet-file.js';
import { ImportError } from './import-result.js';

const days = ['2026-12-07', '2026-12-08'];

async function workbook(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Présence');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Windows-1252 bytes of Latin text (é = 0xE9, ’ = 0x92). */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '’': 0x92 };
  return Uint8Array.from([...text].map((char) => special[char] ?? char.charCodeAt(0)));
}

describe('reading attendance sheet files', () => {
  it('reads the first sheet of a workbook, with dates, numbers and rich text as text', async () => {
    const bytes = await workbook([
      ['Liste de présence'],
      [],
      ['Nom', 'Structure', 'Sexe', new Date(Date.UTC(2026, 11, 7)), 'Jour 2'],
      [
        { richText: [{ text: 'TRAORÉ ' }, { text: 'Awa', font: { bold: true } }] },
        'ONG Espoir',
        'F',
        'x',
        1,
      ],
      ['Keïta Bakary', 'Police nationale', 'M', '', '✓'],
    ]);
    expect(sheetFormat(bytes, 'presence.xlsx')).toBe('xlsx');
    const cells = await readSheetCells(bytes, 'presence.xlsx');
    expect(cells[2]).toEqual(['Nom', 'Structure', 'Sexe', '2026-12-07', 'Jour 2']);
    expect(cells[3]).toEqual(['TRAORÉ Awa', 'ONG Espoir', 'F', 'x', '1']);
    const sheet = readAttendanceSheet(cells, { days, existing: [] });
    expect(sheet.errors).toEqual([]);
    expect(sheet.rows.map((row) => [row.row, row.participant.sector, row.days])).toEqual([
      [4, 'civil_society', ['2026-12-07', '2026-12-08']],
      [5, 'law_enforcement', ['2026-12-08']],
    ]);
  });

  it('reads CSV with semicolons or commas, UTF-8 with or without BOM, or Windows-1252', async () => {
    const semicolons = '\uFEFFNom;Organisation;Sexe;Jour 1\r\n"Diallo; Mariam";ONG Réseau;F;x\r\n';
    const commas = 'Name,Organisation,Sex,Day 1\n"Koné, Issa",Gendarmerie,M,yes\n';
    for (const [text, name] of [
      [semicolons, 'Diallo; Mariam'],
      [commas, 'Koné, Issa'],
    ] as const) {
      const cells = await readSheetCells(new TextEncoder().encode(text), 'liste.csv');
      const sheet = readAttendanceSheet(cells, { days, existing: [] });
      expect(sheet.errors).toEqual([]);
      expect(sheet.rows[0]?.participant.name).toBe(name);
      expect(sheet.rows[0]?.days).toEqual(['2026-12-07']);
    }
    const latin = windows1252(
      'Nom;Structure;Sexe\nSidibé Fatoumata;Ministère de l’Intérieur;Féminin\n',
    );
    const cells = await readSheetCells(latin, 'liste.csv');
    expect(cells[1]).toEqual(['Sidibé Fatoumata', 'Ministère de l’Intérieur', 'Féminin']);
    expect(csvSeparator('a;b;c\n')).toBe(';');
    expect(csvSeparator('"a;b",c,d\n')).toBe(',');
    // A title line above the header has no separator: the lines below decide.
    expect(csvSeparator('Liste de présence, atelier\n\nNom;Structure;Sexe\nA;B;F\n')).toBe(';');
  });

  it('refuses old Excel files, other archives and other formats, saying what to send', async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    const refusals: [Uint8Array, string, RegExp][] = [
      [ole, 'liste.xls', /save the sheet as XLSX/],
      [zip, 'rapport.docx', /not a spreadsheet/],
      [new TextEncoder().encode('%PDF-1.7'), 'liste.pdf', /\.pdf files are not read/],
    ];
    for (const [bytes, name, message] of refusals) {
      expect(() => sheetFormat(bytes, name)).toThrow(message);
    }
    await expect(readSheetCells(zip, 'broken.xlsx')).rejects.toBeInstanceOf(ImportError);
    await expect(readSheetCells(zip, 'broken.xlsx')).rejects.toThrow(/cannot be opened/);
  });
});
