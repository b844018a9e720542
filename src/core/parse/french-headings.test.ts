import { describe, expect, it } from 'vitest';
import { parseFrenchHeadings } from './french-headings.js';

describe('parseFrenchHeadings', () => {
  it.each([
    ['Article 1er : La présente loi a pour objet…', '1er', 'La présente loi a pour objet…'],
    ['Article premier', 'premier', ''],
    ['Art. 2.- Est puni…', '2', 'Est puni…'],
    ['ARTICLE 3', '3', ''],
    ['Article 4 - Champ d’application', '4', 'Champ d’application'],
    ['Article 5 bis : La tentative est punie.', '5 bis', 'La tentative est punie.'],
    ['Article 12 – Les juridictions', '12', 'Les juridictions'],
  ])('reads %j as article %j', (line, num, rest) => {
    expect(parseFrenchHeadings(line)).toEqual({ kind: 'article', num, rest });
  });

  it.each([
    ['Titre I', 'title', 'I', ''],
    ['TITRE PREMIER : DISPOSITIONS GÉNÉRALES', 'title', 'PREMIER', 'DISPOSITIONS GÉNÉRALES'],
    ['Chapitre II', 'chapter', 'II', ''],
    ['CHAPITRE III : DES PEINES', 'chapter', 'III', 'DES PEINES'],
    ['Section 1 : Des incriminations', 'section', '1', 'Des incriminations'],
    ['Sous-section 2 : De l’exploitation', 'subsection', '2', 'De l’exploitation'],
    ['LIVRE II', 'book', 'II', ''],
    ['ANNEXE', 'annex', '', ''],
    ['Annexe 2 : Liste des travaux', 'annex', '2', 'Liste des travaux'],
  ])('reads %j as a %s numbered %j', (line, division, num, rest) => {
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
