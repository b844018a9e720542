import snowball from 'snowball-stemmers';
import type { CatalogueLanguage } from '../catalogue/types.js';

/**
 * Snowball stemming of folded words, French or English. Words are folded before stemming so
 * that "entrée" and an OCR's "entree" share one stem. Stems are cached: a law repeats a few
 * thousand distinct words.
 */
const STEMMERS = {
  fr: snowball.newStemmer('french'),
  en: snowball.newStemmer('english'),
} as const;

const CACHE: Record<CatalogueLanguage, Map<string, string>> = { fr: new Map(), en: new Map() };
const CACHE_LIMIT = 200_000;

export function stemFolded(folded: string, language: CatalogueLanguage): string {
  const cache = CACHE[language];
  const known = cache.get(folded);
  if (known !== undefined) return known;
  const stem = STEMMERS[language].stem(folded);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(folded, stem);
  return stem;
}
