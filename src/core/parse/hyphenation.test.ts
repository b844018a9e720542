import { describe, expect, it } from 'vitest';
import { joinHyphenation } from './hyphenation.js';
import { splitSourceLines } from './source-line.js';

const texts = (text: string): string[] =>
  joinHyphenation(splitSourceLines(text)).lines.map((line) => line.text);

describe('joinHyphenation', () => {
  it('joins a word broken across lines and keeps the rest of the next line', () => {
    expect(texts('la traite des per-\nsonnes est punie')).toEqual([
      'la traite des personnes',
      'est punie',
    ]);
  });

  it('keeps the hyphen of a compound the text prints whole elsewhere', () => {
    expect(texts('âgée de moins de dix-huit ans ;\nâgée de dix-\nhuit ans')).toEqual([
      'âgée de moins de dix-huit ans ;',
      'âgée de dix-huit',
      'ans',
    ]);
  });

  it('does not join before a capital, a number or a blank-only end', () => {
    expect(texts('Titre I -\nDes infractions')).toEqual(['Titre I -', 'Des infractions']);
    expect(texts('anti-\nTrafficking')).toEqual(['anti-', 'Trafficking']);
    expect(texts('voir-\n12 mois')).toEqual(['voir-', '12 mois']);
  });

  it('follows a word broken over three lines and counts each join once', () => {
    const result = joinHyphenation(splitSourceLines('in-\nter-\nnationale coopération'));
    expect(result.lines.map((line) => line.text)).toEqual(['internationale', 'coopération']);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'hyphenation-joined',
        line: 1,
        message: '2 word(s) split by a hyphen at a line end joined',
      }),
    ]);
  });
});
