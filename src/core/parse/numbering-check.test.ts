import { describe, expect, it } from 'vitest';
import { Article } from '../model/provision.js';
import { checkNumbering } from './numbering-check.js';

const articles = (...nums: string[]): Article[] =>
  nums.map((num, index) =>
    Article.create({ num, span: { startLine: 10 * (index + 1), endLine: 10 * (index + 1) } }),
  );

describe('checkNumbering', () => {
  it('accepts 1er, 2, 2 bis, 3 as in order', () => {
    expect(checkNumbering(articles('1er', '2', '2 bis', '3'))).toEqual([]);
  });

  it('reports a gap with the missing numbers and the line of the article after it', () => {
    expect(checkNumbering(articles('1', '2', '5'))).toEqual([
      expect.objectContaining({
        code: 'numbering-gap',
        severity: 'warning',
        line: 30,
        article: '5',
        message: 'Article 5 follows article 2: 3 to 4 missing',
      }),
    ]);
  });

  it('reports a number printed twice and a number out of order', () => {
    const diagnostics = checkNumbering(articles('1', '2', '2', '3', '1'), 'Section');
    expect(diagnostics.map((entry) => [entry.code, entry.line, entry.message])).toEqual([
      ['numbering-duplicate', 30, 'Section 2 is printed twice'],
      ['numbering-duplicate', 50, 'Section 1 is printed twice'],
    ]);
    expect(checkNumbering(articles('1', '3', '2')).map((entry) => entry.code)).toEqual([
      'numbering-gap',
      'numbering-out-of-order',
    ]);
  });

  it('lists a hundred warnings of a kind and sums up the rest', () => {
    const many = articles(...Array.from({ length: 250 }, () => '7'));
    const diagnostics = checkNumbering(many);
    expect(diagnostics).toHaveLength(101);
    expect(diagnostics.at(-1)?.message).toBe('149 more like this not listed');
  });
});
