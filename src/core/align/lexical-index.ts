import type { CatalogueLanguage } from '../catalogue/types.js';
import type { AnalysisUnit } from './units.js';

/**
 * BM25 ranking of provisions for an obligation's vocabulary, over the stems the engine
 * already computed (BM25+, k1 = 1.2, b = 0.7, δ = 0.5). The heading (marginal note) counts
 * double: "Liability of body corporate" says what a section is about. Written here rather
 * than taken from a search library because the engine ranks every provision for each of
 * 344 obligations and a general-purpose query engine costs several times the budget.
 */
export interface LexicalIndex {
  /** Scores by unit position, scaled so the best provision of the language scores 1. */
  scores(query: readonly string[], language: CatalogueLanguage): ReadonlyMap<number, number>;
}

const K1 = 1.2;
const B = 0.7;
/** BM25+ lower bound, so a long provision that has the word is not scored as if it had not. */
const DELTA = 0.5;
const HEADING_WEIGHT = 2;

interface LanguageIndex {
  /** Weighted term frequency per provision, by stem. */
  readonly postings: Map<string, Map<number, number>>;
  readonly lengths: Map<number, number>;
  readonly averageLength: number;
  readonly count: number;
}

function buildLanguageIndex(
  units: readonly AnalysisUnit[],
  language: CatalogueLanguage,
): LanguageIndex {
  const postings = new Map<string, Map<number, number>>();
  const lengths = new Map<number, number>();
  let total = 0;
  units.forEach((unit, index) => {
    if (unit.language !== language) return;
    const headingEnd = unit.heading.length;
    let length = 0;
    for (const token of unit.indexed.tokens) {
      const weight = token.start < headingEnd ? HEADING_WEIGHT : 1;
      length += weight;
      let byUnit = postings.get(token.key);
      if (byUnit === undefined) {
        byUnit = new Map();
        postings.set(token.key, byUnit);
      }
      byUnit.set(index, (byUnit.get(index) ?? 0) + weight);
    }
    lengths.set(index, length);
    total += length;
  });
  const count = lengths.size;
  return { postings, lengths, averageLength: count === 0 ? 0 : total / count, count };
}

export function buildLexicalIndex(units: readonly AnalysisUnit[]): LexicalIndex {
  const indexes = new Map<CatalogueLanguage, LanguageIndex>();
  for (const language of new Set(units.map((unit) => unit.language)))
    indexes.set(language, buildLanguageIndex(units, language));
  return {
    scores(query, language) {
      const index = indexes.get(language);
      const scores = new Map<number, number>();
      if (index === undefined || index.count === 0) return scores;
      for (const stem of new Set(query)) {
        const byUnit = index.postings.get(stem);
        if (byUnit === undefined) continue;
        const idf = Math.log(1 + (index.count - byUnit.size + 0.5) / (byUnit.size + 0.5));
        for (const [unit, frequency] of byUnit) {
          const length = index.lengths.get(unit) ?? index.averageLength;
          const norm = K1 * (1 - B + (B * length) / (index.averageLength || 1));
          scores.set(
            unit,
            (scores.get(unit) ?? 0) + idf * ((frequency * (K1 + 1)) / (frequency + norm) + DELTA),
          );
        }
      }
      const best = Math.max(0, ...scores.values());
      if (best <= 0) return new Map();
      for (const [unit, value] of scores) scores.set(unit, value / best);
      return scores;
    },
  };
}
