import { describe, expect, it } from 'vitest';
import { findRunInArticles } from './run-in-articles.js';

describe('findRunInArticles', () => {
  it('takes the body run 1, 2, 3 and not the table of contents printed before it', () => {
    const text =
      'CONTENTS One: Purpose 2: Scope 3: Definitions ONE: GENERAL One: Purpose This Law aims 2: Scope It applies 3: Definitions In this Law';
    const { articles, earlier } = findRunInArticles(text);
    expect(articles.map((article) => article.num)).toEqual(['One', '2', '3']);
    expect(text.slice(articles[0]?.textStart)).toMatch(/^Purpose This Law aims/);
    expect(earlier).toBe(3);
  });

  it('ignores numbers inside words, times and lower-case continuations', () => {
    const { articles } = findRunInArticles('at 10:30 hours, section2: x, 1: then 2: Scope');
    expect(articles.map((article) => article.num)).toEqual([]);
  });

  it('finds nothing in text without colons', () => {
    expect(findRunInArticles('Article 1 La présente loi').articles).toEqual([]);
  });
});
