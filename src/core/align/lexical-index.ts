import MiniSearch from 'minisearch';
import type { CatalogueLanguage } from '../catalogue/types.js';
import type { AnalysisUnit } from './units.js';

/**
 * BM25 ranking of provisions for an obligation's vocabulary (MiniSearch's BM25+), over the
 * stems the engine already computed. The heading (marginal note) weighs double: "Liability
 * of body corporate" says what a section is about.
 */
export interface LexicalIndex {
  /** Scores by unit position, scaled so the best provision of the language scores 1. */
  scores(query: readonly string[], language: CatalogueLanguage): ReadonlyMap<number, number>;
}

interface IndexedUnit {
  readonly id: number;
  readonly heading: string;
  readonly body: string;
}

const splitSpaces = (text: string): string[] => text.split(' ').filter((term) => term !== '');

export function buildLexicalIndex(units: readonly AnalysisUnit[]): LexicalIndex {
  const byLanguage = new Map<CatalogueLanguage, MiniSearch<IndexedUnit>>();
  units.forEach((unit, id) => {
    let index = byLanguage.get(unit.language);
    if (index === undefined) {
      index = new MiniSearch<IndexedUnit>({
        fields: ['heading', 'body'],
        tokenize: splitSpaces,
        processTerm: (term) => term,
        searchOptions: { boost: { heading: 2 }, combineWith: 'OR', tokenize: splitSpaces },
      });
      byLanguage.set(unit.language, index);
    }
    const headingEnd = unit.heading.length;
    const heading: string[] = [];
    const body: string[] = [];
    for (const token of unit.indexed.tokens)
      (token.start < headingEnd ? heading : body).push(token.key);
    index.add({ id, heading: heading.join(' '), body: body.join(' ') });
  });
  return {
    scores(query, language) {
      const index = byLanguage.get(language);
      const scores = new Map<number, number>();
      if (index === undefined || query.length === 0) return scores;
      const results = index.search(query.join(' '));
      const best = results[0]?.score ?? 0;
      if (best <= 0) return scores;
      for (const result of results) scores.set(result.id as number, result.score / best);
      return scores;
    },
  };
}
