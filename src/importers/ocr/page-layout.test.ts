import { describe, expect, it } from 'vitest';
import { characterAccuracy } from './character-accuracy.js';
import { joinOcrPages, reportArticles } from './ocr-report.js';
import type { OcrWord, RecognizedLine, RecognizedPage } from './ocr-types.js';
import { readPageLayout } from './page-layout.js';
import { parseLaw } from '../../core/parse/parse-law.js';

/** A line of words 20 px wide each, 30 px high, from x at y, all read with `confidence`. */
function line(text: string, at: readonly [number, number], confidence = 95): RecognizedLine {
  const [x, y] = at;
  const words: OcrWord[] = text.split(' ').map((word, index) => ({
    text: word,
    confidence,
    box: { x: x + index * 25, y, width: 20, height: 30 },
  }));
  const width = words.length * 25 - 5;
  return { words, confidence, box: { x, y, width, height: 30 } };
}

function page(lines: readonly RecognizedLine[]): RecognizedPage {
  return { width: 1000, height: 1400, confidence: 95, lines };
}

describe('readPageLayout', () => {
  it('reads two columns left then right, keeping full-width lines in place', () => {
    const rows = [0, 1, 2, 3].map((row) => 300 + row * 45);
    const layout = readPageLayout(
      page([
        line('LOI N 1 A B C D E F G H I J K L M N O P Q R S T U V W X Y Z', [100, 200]),
        ...rows.flatMap((y, row) => [
          line(`gauche ${row}`, [100, y]),
          line(`droite ${row} x`, [560, y]),
        ]),
      ]),
      1,
    );
    expect(layout.columns).toBe(2);
    expect(layout.lines.map((item) => item.text)).toEqual([
      'LOI N 1 A B C D E F G H I J K L M N O P Q R S T U V W X Y Z',
      'gauche 0',
      'gauche 1',
      'gauche 2',
      'gauche 3',
      'droite 0 x',
      'droite 1 x',
      'droite 2 x',
      'droite 3 x',
    ]);
  });

  it('drops running headers, page numbers and low-confidence marks', () => {
    const layout = readPageLayout(
      page([
        line('JOURNAL OFFICIEL', [300, 30]),
        line('Article 1er : texte', [100, 200]),
        line('ee Ee a', [100, 260], 20),
        line('Article 2 : texte', [100, 320]),
        line('- 12 -', [480, 1350]),
      ]),
      3,
    );
    expect(layout.lines.map((item) => item.text)).toEqual([
      'Article 1er : texte',
      'Article 2 : texte',
    ]);
    expect(layout).toMatchObject({ furniture: 2, noise: 1, columns: 1 });
    expect(layout.lines[0]?.page).toBe(3);
  });
});

describe('joinOcrPages and reportArticles', () => {
  it('numbers lines as the parser does and flags articles read with low confidence', () => {
    const first = readPageLayout(page([line('Article 1er : La loi.', [100, 200])]), 1);
    const second = readPageLayout(page([line('Article 2 : La fin.', [100, 200], 60)]), 2);
    const text = joinOcrPages([first.lines, second.lines]);
    expect(text.text).toBe('Article 1er : La loi.\n\fArticle 2 : La fin.');
    const { document } = parseLaw(text.text, { language: 'fr' });
    const report = reportArticles(document, text);
    expect(report.map((article) => [article.num, article.pages, article.lowConfidence])).toEqual([
      ['1er', [1], false],
      ['2', [2], true],
    ]);
    expect(report[1]?.lowConfidenceLines).toEqual([2]);
  });
});

describe('characterAccuracy', () => {
  it('is one minus the edit distance over the source length, ignoring spacing and quote style', () => {
    expect(characterAccuracy('l’article  1er', "l'article 1er")).toBe(1);
    expect(characterAccuracy('Article 1er', 'Article ler')).toBeCloseTo(1 - 1 / 11);
  });
});
