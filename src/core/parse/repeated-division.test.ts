import { describe, expect, it } from 'vitest';
import { repairRepeatedDivisions } from './repeated-division.js';
import { splitSourceLines } from './source-line.js';

const texts = (text: string): string[] =>
  repairRepeatedDivisions(splitSourceLines(text)).lines.map((line) => line.text);

describe('repairRepeatedDivisions', () => {
  it('gives a title that repeats the number before it the next number', () => {
    const { lines, diagnostics } = repairRepeatedDivisions(
      splitSourceLines(
        'TITRE I : GÉNÉRALITÉS\nArticle 1er : …\nTITRE II : PEINES\nTITRE II : DISPOSITIONS FINALES',
      ),
    );
    expect(lines.map((line) => line.text).at(-1)).toBe('TITRE III : DISPOSITIONS FINALES');
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'ocr-heading-repaired', line: 4 }),
    ]);
  });

  it('leaves chapters that start again at I under a new title', () => {
    const text = 'TITRE I\nCHAPITRE I\nArticle 1er : …\nTITRE II\nCHAPITRE I\nArticle 2 : …';
    expect(texts(text)).toEqual(text.split('\n'));
  });

  it('repairs Arabic numbers too, and leaves a text in order alone', () => {
    expect(texts('PART 1\nPART 1\nPART 3')).toEqual(['PART 1', 'PART 2', 'PART 3']);
    expect(texts('PART I\nPART II\nPART III')).toEqual(['PART I', 'PART II', 'PART III']);
  });
});
