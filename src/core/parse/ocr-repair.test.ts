import { describe, expect, it } from 'vitest';
import { repairArticleHeading, repairItemLetters, repairOcrHeadings } from './ocr-repair.js';
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

describe('repairOcrHeadings: Commonwealth section numbers', () => {
  it('reads "l2." and "I5." at the start of a section as 12 and 15', () => {
    const { lines, diagnostics } = repairOcrHeadings(
      splitSourceLines(
        'l2. A person who smuggles commits an offence.\nI5. (1) The court may order…',
      ),
    );
    expect(lines.map((line) => line.text)).toEqual([
      '12. A person who smuggles commits an offence.',
      '15. (1) The court may order…',
    ]);
    expect(diagnostics.map((entry) => entry.message)).toEqual([
      'Heading "l2." read as "12."',
      'Heading "I5." read as "15."',
    ]);
  });

  it('leaves a plain number, a Roman numeral and ordinary words alone', () => {
    const text = '12. A person who…\nI. GENERAL\nIl est interdit de…\nll. 3 and 4';
    expect(repairOcrHeadings(splitSourceLines(text)).lines.map((line) => line.text)).toEqual(
      text.split('\n'),
    );
  });
});

describe('repairItemLetters', () => {
  it('reads "à)" as "a)" and a capital that follows the sequence as lower case', () => {
    const { lines, diagnostics } = repairItemLetters(
      splitSourceLines('à) travail forcé : …\nb) victime : …\nC) enfant : …'),
    );
    expect(lines.map((line) => line.text)).toEqual([
      'a) travail forcé : …',
      'b) victime : …',
      'c) enfant : …',
    ]);
    expect(diagnostics).toHaveLength(2);
  });

  it('leaves capital items that open their own list alone', () => {
    const text = 'A) Dispositions générales\nB) Dispositions pénales';
    expect(repairItemLetters(splitSourceLines(text)).lines.map((line) => line.text)).toEqual(
      text.split('\n'),
    );
  });
});
