import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  participantKey,
  readAttendanceSheet,
  readSector,
  readSex,
} from './attendance-sheet.js';

const days = ['2026-12-07', '2026-12-08', '2026-12-09'];
const read = (
  cells: string[][],
  existing: { id: string; name: string; organisation: string }[] = [],
) => readAttendanceSheet(cells, { days, existing });

describe('readSex and readSector', () => {
  it('reads sexes in French and English', () => {
    for (const word of ['F', 'f', 'Femme', 'female', 'Féminin', 'FÉMININ'])
      expect(readSex(word)).toBe('female');
    for (const word of ['M', 'H', 'Homme', 'male', 'masculin']) expect(readSex(word)).toBe('male');
    expect(readSex('')).toBe('undisclosed');
    expect(readSex('Q')).toBeUndefined();
  });

  it('reads sector names and synonyms in both languages', () => {
    const cases: [string, string][] = [
      ['Société civile', 'civil_society'],
      ['ONG', 'civil_society'],
      ['NGO', 'civil_society'],
      ['Civil society', 'civil_society'],
      ['Police', 'law_enforcement'],
      ['Gendarmerie nationale', 'law_enforcement'],
      ['law_enforcement', 'law_enforcement'],
      ['Ministère de la Justice', 'justice'],
      ['Magistrat', 'justice'],
      ['Assemblée nationale', 'parliament'],
      ['Partenaire technique et financier', 'international'],
      ['ONU', 'international'],
      ['OIM', 'international'],
      ['Université', 'academia'],
      ['University of Bamako', 'academia'],
      ['Gouvernement', 'government'],
      ['Ministère de la Promotion de la Femme', 'government'],
      ['Autre', 'other'],
    ];
    for (const [text, sector] of cases) expect([text, readSector(text)]).toEqual([text, sector]);
    expect(readSector('Chambre des métiers')).toBeUndefined();
  });

  it('names columns by letter and makes keys that ignore case, accents and word order', () => {
    expect([columnLetter(0), columnLetter(25), columnLetter(26), columnLetter(27)]).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
    ]);
    expect(participantKey('TRAORÉ Awa', 'Ministère de la Justice')).toBe(
      participantKey('Awa Traore', 'ministere de la justice'),
    );
    expect(participantKey('Awa Traoré', 'ONG A')).not.toBe(participantKey('Awa Traoré', 'ONG B'));
  });
});

describe('readAttendanceSheet', () => {
  it('reads a French sheet below a title, joins first names and maps day columns', () => {
    const sheet = read([
      ['Atelier de validation – liste de présence'],
      [],
      [
        'N°',
        'Nom',
        'Prénom(s)',
        'Structure',
        'Secteur',
        'Fonction',
        'Sexe',
        'Courriel',
        'Téléphone',
        'Jour 1',
        'J2',
        '09/12/2026',
      ],
      [
        '1',
        'TRAORÉ',
        'Awa',
        'Ministère de la Justice',
        'Ministère de la Justice',
        'Magistrate',
        'F',
        'awa@example.org',
        '+223 1',
        'x',
        '✓',
        '',
      ],
      [
        '2',
        'Keïta',
        'Bakary',
        'Commissariat du 3e arrondissement',
        'Police',
        'Commissaire',
        'Homme',
        '',
        '',
        '',
        'oui',
        'P',
      ],
      ['', '', '', '', '', '', '', '', '', '', '', ''],
      ['3', 'Diallo', 'Mariam', 'ONG Femmes et Droits', '', '', 'féminin', '', '', '1', 'non', ''],
    ]);
    expect(sheet.errors).toEqual([]);
    expect(sheet.rows).toEqual([
      {
        row: 4,
        participant: {
          name: 'Awa TRAORÉ',
          organisation: 'Ministère de la Justice',
          sector: 'justice',
          functionTitle: 'Magistrate',
          sex: 'female',
          email: 'awa@example.org',
          phone: '+223 1',
        },
        days: ['2026-12-07', '2026-12-08'],
        existingId: null,
      },
      expect.objectContaining({ row: 5, days: ['2026-12-08', '2026-12-09'] }),
      expect.objectContaining({ row: 7, days: ['2026-12-07'] }),
    ]);
    expect(sheet.rows[1]?.participant).toMatchObject({ sector: 'law_enforcement', sex: 'male' });
    // No sector cell: the organisation's name places the participant.
    expect(sheet.rows[2]?.participant.sector).toBe('civil_society');
  });

  it('reads English headers and ISO dates', () => {
    const sheet = read([
      ['Full name', 'Institution', 'Sector', 'Title', 'Gender', 'E-mail', 'Phone', '2026-12-09'],
      [
        'Jane Doe',
        'IOM',
        'International partner',
        'Programme officer',
        'female',
        'jane@example.org',
        '',
        'yes',
      ],
    ]);
    expect(sheet.errors).toEqual([]);
    expect(sheet.rows[0]).toMatchObject({
      row: 2,
      participant: {
        name: 'Jane Doe',
        sector: 'international',
        functionTitle: 'Programme officer',
      },
      days: ['2026-12-09'],
    });
  });

  it('names the row, column and problem of every bad cell', () => {
    const sheet = read([
      ['Nom', 'Organisation', 'Secteur', 'Sexe', 'Email', 'Jour 1', 'Jour 4', '15/12/2026'],
      ['Awa Traoré', 'ONG A', 'ONG', 'F', '', 'x', '', ''],
      ['', 'ONG B', 'ONG', 'F', '', '', '', ''],
      ['Moussa Koné', 'ONG C', 'ONG', 'Q', 'moussa.example.org', '', '', ''],
      ['Issa Sidibé', 'Chambre des métiers', 'Chambre des métiers', 'M', '', 'peut-être', '', ''],
      ['TRAORÉ Awa', 'ong a', 'ONG', 'F', '', '', '', ''],
    ]);
    expect(
      sheet.errors.map(({ row, column, code, value }) => ({ row, column, code, value })),
    ).toEqual([
      { row: 1, column: 'Jour 4', code: 'day_beyond_workshop', value: 'Jour 4' },
      { row: 1, column: '15/12/2026', code: 'date_outside_workshop', value: '15/12/2026' },
      { row: 3, column: 'Nom', code: 'missing_name', value: '' },
      { row: 4, column: 'Sexe', code: 'unknown_sex', value: 'Q' },
      { row: 4, column: 'Email', code: 'invalid_email', value: 'moussa.example.org' },
      { row: 5, column: 'Secteur', code: 'unknown_sector', value: 'Chambre des métiers' },
      { row: 5, column: 'Jour 1', code: 'unknown_mark', value: 'peut-être' },
      { row: 6, column: 'Nom', code: 'duplicate_row', value: '2' },
    ]);
    expect(sheet.errors[3]?.message).toContain('"Q"');
    expect(sheet.errors[7]?.message).toContain('row 2');
    expect(sheet.rejectedRows).toEqual([3, 4, 5, 6]);
    expect(sheet.rows.map((row) => row.row)).toEqual([2]);
  });

  it('updates an existing participant with the same name and organisation', () => {
    const sheet = read(
      [
        ['Nom', 'Organisation', 'Sexe'],
        ['awa traore', 'ONG A', 'F'],
        ['Awa Traoré', 'ONG B', 'F'],
      ],
      [{ id: 'p1', name: 'Awa TRAORÉ', organisation: 'ong a' }],
    );
    expect(sheet.rows.map((row) => row.existingId)).toEqual(['p1', null]);
  });

  it('reports a sheet without a name column', () => {
    const sheet = read([
      ['Organisation', 'Sexe'],
      ['ONG A', 'F'],
    ]);
    expect(sheet.rows).toEqual([]);
    expect(sheet.errors).toMatchObject([{ row: 1, code: 'no_header' }]);
  });
});
