import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computeWorkshopStatistics } from '../core/workshop/statistics.js';
import {
  neutralised,
  workshopCsv,
  workshopWorkbook,
  type WorkshopRecords,
} from './workshop-records.js';

const days = ['2026-12-07', '2026-12-08'];
const people = [
  {
    id: 'a',
    name: 'Awa Traoré',
    organisation: 'ONG; Espoir',
    sector: 'civil_society',
    sex: 'female',
    days: ['2026-12-07', '2026-12-08'],
  },
  {
    id: 'b',
    name: '=HYPERLINK("http://example.org")',
    organisation: 'Police',
    sector: 'law_enforcement',
    sex: 'male',
    days: ['2026-12-08'],
  },
] as const;

function records(language: 'fr' | 'en', contacts: boolean): WorkshopRecords {
  return {
    language,
    workshop: {
      title: 'Atelier',
      startsOn: days[0] ?? '',
      endsOn: days[1] ?? '',
      place: 'Bamako',
      organisers: 'Ministère',
      partners: '',
    },
    days,
    statistics: computeWorkshopStatistics({
      days,
      participants: people,
      attendance: people.flatMap((p) => p.days.map((day) => ({ participantId: p.id, day }))),
      decisions: [{ recommendationId: 'r1', status: 'adopted', method: 'vote' }],
    }),
    participants: people.map((p) => ({
      ...p,
      functionTitle: '',
      email: contacts ? `${p.id}@example.org` : null,
      phone: contacts ? '+223 70 00 00 00' : null,
    })),
    decisions: [
      {
        label: 'R1',
        title: 'Loi sur le trafic de migrants',
        status: 'adopted',
        method: 'vote',
        tally: { for: 30, against: 2, abstain: 1 },
        decidedAt: '2026-12-08T15:00:00.000Z',
      },
    ],
  };
}

describe('workshop records as files', () => {
  it('writes the six sheets with the figures, in the project’s language', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await workshopWorkbook(records('en', true))).slice().buffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      'By sex',
      'By sector',
      'Attendance',
      'Decisions',
      'Participants',
    ]);
    expect(book.getWorksheet('By sex')?.getRow(5).values).toEqual([undefined, 'Total', 2, 2]);
    const attendance = book.getWorksheet('Attendance');
    expect(attendance?.getRow(1).values).toEqual([
      undefined,
      'Name',
      'Organisation',
      'Sex',
      ...days,
    ]);
    expect(attendance?.getRow(4).values).toEqual([undefined, 'Total', '', '', 1, 2]);
    expect(book.getWorksheet('Decisions')?.getRow(2).values).toEqual([
      undefined,
      'R1',
      'Loi sur le trafic de migrants',
      'Adopted',
      'Vote',
      30,
      2,
      1,
      '2026-12-08',
    ]);
    const summary = book.getWorksheet('Summary');
    expect(summary?.getRow(11).values).toEqual([undefined, 'Share of women', '50.0 %']);
    // A name that looks like a formula stays text in a workbook.
    expect(book.getWorksheet('Participants')?.getRow(3).getCell(1).type).toBe(
      ExcelJS.ValueType.String,
    );
  });

  it('writes CSV parts with a BOM, the language’s separator, quoting and no formulas', () => {
    const french = workshopCsv(records('fr', false), 'participants');
    expect(french.startsWith('\uFEFFNom;Structure;Secteur;Fonction;Sexe\r\n')).toBe(true);
    expect(french).toContain('Awa Traoré;"ONG; Espoir";Société civile;;Femme\r\n');
    expect(french).toContain(`"'=HYPERLINK(""http://example.org"")"`);
    const english = workshopCsv(records('en', true), 'participants');
    expect(english.split('\r\n')[0]).toBe(
      '\uFEFFName,Organisation,Sector,Function,Sex,E-mail,Phone',
    );
    expect(english).toContain(',a@example.org,+223 70 00 00 00\r\n');
    expect(workshopCsv(records('en', false), 'statistics').split('\r\n')[1]).toBe(
      'Participants registered,1,1,0,2',
    );
  });

  it('neutralises formulas but not numbers or phone numbers', () => {
    expect(neutralised('=1+1')).toBe("'=1+1");
    expect(neutralised('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralised('-2+3')).toBe("'-2+3");
    expect(neutralised('-12')).toBe('-12');
    expect(neutralised('+223 70 00 00 00')).toBe('+223 70 00 00 00');
    expect(neutralised('Awa')).toBe('Awa');
  });
});
