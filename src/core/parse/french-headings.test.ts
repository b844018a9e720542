import { describe, expect, it } from 'vitest';
import { parseFrenchHeadings } from './french-headings.js';

describe('parseFrenchHeadings', () => {
  it.each([
    ['Article 1er : La présente loi a pour objet…', '1er', 'La présente loi a pour objet…'],
    ['Article premier', 'premier', ''],
    ['Article 1 er : Objet de la loi', '1er', 'Objet de la loi'],
    ['ARTICLE 1 ER.- La présente loi', '1er', 'La présente loi'],
    ['Art. 2.- Est puni…', '2', 'Est puni…'],
    ['ARTICLE 3', '3', ''],
    ['Article 4 - Champ d’application', '4', 'Champ d’application'],
    ['Article 5 bis : La tentative est punie.', '5 bis', 'La tentative est punie.'],
    ['Article 12 – Les juridictions', '12', 'Les juridictions'],
    ['Article 225-4-1 : La traite des êtres humains', '225-4-1', 'La traite des êtres humains'],
    ['Article 10452 : Dernier article', '10452', 'Dernier article'],
  ])('reads %j as article %j', (line, num, rest) => {
    expect(parseFrenchHeadings(line)).toEqual({ kind: 'article', num, rest });
  });

  it.each([
    { line: 'Titre I', division: 'title', num: 'I', rest: '' },
    {
      line: 'TITRE PREMIER : DISPOSITIONS GÉNÉRALES',
      division: 'title',
      num: 'PREMIER',
      rest: 'DISPOSITIONS GÉNÉRALES',
    },
    { line: 'Chapitre II', division: 'chapter', num: 'II', rest: '' },
    { line: 'CHAPITRE III : DES PEINES', division: 'chapter', num: 'III', rest: 'DES PEINES' },
    {
      line: 'Section 1 : Des incriminations',
      division: 'section',
      num: '1',
      rest: 'Des incriminations',
    },
    {
      line: 'Sous-section 2 : De l’exploitation',
      division: 'subsection',
      num: '2',
      rest: 'De l’exploitation',
    },
    { line: 'LIVRE II', division: 'book', num: 'II', rest: '' },
    { line: 'ANNEXE', division: 'annex', num: '', rest: '' },
    {
      line: 'Annexe 2 : Liste des travaux',
      division: 'annex',
      num: '2',
      rest: 'Liste des travaux',
    },
  ])('reads $line as a $division numbered $num', ({ line, division, num, rest }) => {
    expect(parseFrenchHeadings(line)).toEqual({ kind: 'division', division, num, rest });
  });

  it.each([
    'article 7 du code pénal est modifié',
    "L'article 3 s'applique",
    'Titre de séjour délivré aux victimes',
    'Annexe au présent décret',
    'Articles 12 et 13',
    '',
  ])('leaves running text %j alone', (line) => {
    expect(parseFrenchHeadings(line)).toBeUndefined();
  });
});
