import { describe, expect, it } from 'vitest';
import { listArticles } from '../src/core/model/index.js';
import { parseLaw } from '../src/core/parse/parse-law.js';
import { syntheticLaw, syntheticLawOfSize } from './synthetic-law.js';

describe('synthetic benchmark laws', () => {
  it.each(['fr', 'en'] as const)(
    'parse to exactly the articles they were built with (%s)',
    (language) => {
      const { document, diagnostics } = parseLaw(syntheticLaw({ articles: 25, language }), {
        language,
      });
      expect(listArticles(document)).toHaveLength(25);
      expect(document.body).toHaveLength(3);
      expect(diagnostics.filter((entry) => entry.severity !== 'info')).toEqual([]);
    },
  );

  it('reach the size asked for', () => {
    const { text, articles } = syntheticLawOfSize(200_000, 'fr');
    expect(new TextEncoder().encode(text).length).toBeGreaterThanOrEqual(200_000);
    expect(articles).toBeGreaterThan(300);
  });
});
