import type { CatalogueLanguage } from '../catalogue/types.js';
import { foldWord } from './fold.js';
import { stemFolded } from './stem.js';
import { isStopword } from './stopwords.js';

/** A meaningful word of a text: its stem (the matching key), folded form and offsets. */
export interface Token {
  readonly key: string;
  readonly folded: string;
  /** Offsets in the text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Which line of the text the word is on: a phrase never runs from one line to the next. */
  readonly line: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Folded form and stem of each written word, or null for a stop word; per language. */
const WORDS: Record<CatalogueLanguage, Map<string, { folded: string; key: string } | null>> = {
  fr: new Map(),
  en: new Map(),
};
const WORD_CACHE_LIMIT = 200_000;

function wordOf(word: string, language: CatalogueLanguage): { folded: string; key: string } | null {
  const cache = WORDS[language];
  const known = cache.get(word);
  if (known !== undefined) return known;
  const folded = foldWord(word);
  const value = isStopword(folded, language) ? null : { folded, key: stemFolded(folded, language) };
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(word, value);
  return value;
}

/** The content words of a text, stop words dropped, in order. */
export function tokenize(text: string, language: CatalogueLanguage): Token[] {
  const tokens: Token[] = [];
  const breaks = [...text.matchAll(/\n/g)].map((found) => found.index);
  let line = 0;
  for (const match of text.matchAll(WORD)) {
    while ((breaks[line] ?? Number.POSITIVE_INFINITY) < match.index) line++;
    const word = wordOf(match[0], language);
    if (word === null) continue;
    const start = match.index;
    tokens.push({ key: word.key, folded: word.folded, start, end: start + match[0].length, line });
  }
  return tokens;
}
