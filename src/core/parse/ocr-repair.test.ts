import { describe, expect, it } from 'vitest';
import { repairArticleHeading, repairOcrHeadings } from './ocr-repair.js';
import { splitSourceLines } from './source-line.js';

describe('repairArticleHeading', () => {
  it.each([
    ['Article ler : La présente loi', 'Article 1er : La présente loi'],
    ['Articie 12 : Les personnes morales', 'Article 12 : Les personnes morales'],
    ['ArticIe 31 : L’État assure', 'Article 31 : L’État assure'],
    ['Article l7 : Le fait de mendier', 'Article 17 : Le fait de mendier'],
    ['Art icle 9 : La tentative', 'Article 9 : La tentative'],
    ['Anicle 4 : Les pratiques', 'Article 4 : Les pratiques'],
    ['ARTICIE 5', 'ARTICLE 5'],
    ['Article 1O : Est puni', 'Article 10 : Est puni'],
  ])('repairs %j', (misread, repaired) => {
    expect(repairArticleHeading(misread)).toBe(repaired);
  });

  it.each([
    'Article 12 : déjà correct',
    'Articles 12 et 13 sont abrogés',
    'Artiste 12 heures',
    'Annexe 1',
    'Attendu 3 fois',
    'La victime a droit',
  ])('leaves %j unchanged', (line) => {
    expect(repairArticleHeading(line)).toBeUndefined();
  });
});

describe('repairOcrHeadings', () => {
  it('reports each repaired heading with its line', () => {
    const { lines, diagnostics } = repairOcrHeadings(
      splitSourceLines('Titre I\nArticie 12 : texte\nArticle l7 : texte'),
    );
    expect(lines.map((line) => line.text)).toEqual([
      'Titre I',
      'Article 12 : texte',
      'Article 17 : texte',
    ]);
    expect(diagnostics.map((entry) => [entry.code, entry.line])).toEqual([
      ['ocr-heading-repaired', 2],
      ['ocr-heading-repaired', 3],
    ]);
  });
});
