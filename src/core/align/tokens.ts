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
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The content words of a text, stop words dropped, in order. */
export function tokenize(text: string, language: CatalogueLanguage): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = foldWord(match[0]);
    if (isStopword(folded, language)) continue;
    const start = match.index;
    tokens.push({ key: stemFolded(folded, language), folded, start, end: start + match[0].length });
  }
  return tokens;
}
