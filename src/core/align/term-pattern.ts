import type { CatalogueLanguage } from '../catalogue/types.js';
import { foldWord } from './fold.js';
import { tokenize, type Token } from './tokens.js';

/**
 * Catalogue terms compiled for matching. A term is a word or phrase as drafters write it;
 * each word is matched by its stem, a word ending in `*` by the start of the folded word, a
 * word starting with `=` only by itself (`=traite`, not `traitement`),
 * and `...` lets up to {@link WIDE_GAP} words come in between. Between the words of a
 * phrase one other word may slip in ("illegal or irregular entry" still matches "illegal
 * entry"); stop words are ignored on both sides.
 */
export interface CompiledTerm {
  readonly source: string;
  readonly steps: readonly Step[];
}

export type Step =
  | { readonly kind: 'stem'; readonly key: string; readonly gap: number }
  | { readonly kind: 'prefix'; readonly prefix: string; readonly gap: number }
  | { readonly kind: 'exact'; readonly folded: string; readonly gap: number };

/** A match of a term: offsets in the text (end exclusive) and token positions. */
export interface TermMatch {
  readonly term: string;
  readonly start: number;
  readonly end: number;
  readonly firstToken: number;
  readonly lastToken: number;
}

const PHRASE_GAP = 1;
const WIDE_GAP = 6;

const COMPILED = new Map<string, CompiledTerm>();

/** Compiles a term once per language: obligations share much vocabulary ("victim*"). */
export function compileTerm(source: string, language: CatalogueLanguage): CompiledTerm {
  const key = `${language}\u0000${source}`;
  const known = COMPILED.get(key);
  if (known !== undefined) return known;
  const compiled = compileUncached(source, language);
  COMPILED.set(key, compiled);
  return compiled;
}

function compileUncached(source: string, language: CatalogueLanguage): CompiledTerm {
  const steps: Step[] = [];
  let gap = PHRASE_GAP;
  for (const word of source.trim().split(/\s+/)) {
    if (word === '...' || word === '…') {
      gap = WIDE_GAP;
      continue;
    }
    if (word.startsWith('=') && word.length > 1) {
      steps.push({
        kind: 'exact',
        folded: foldWord(word.slice(1)),
        gap: steps.length === 0 ? 0 : gap,
      });
    } else if (word.endsWith('*') && word.length > 1) {
      const prefix = foldWord(word.slice(0, -1));
      steps.push({ kind: 'prefix', prefix, gap: steps.length === 0 ? 0 : gap });
    } else {
      for (const token of tokenize(word, language)) {
        steps.push({ kind: 'stem', key: token.key, gap: steps.length === 0 ? 0 : gap });
        gap = PHRASE_GAP;
      }
    }
    gap = PHRASE_GAP;
  }
  return { source, steps };
}

/** Tokens of one text with an index from stem to positions, built once per provision. */
export interface IndexedText {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly positions: ReadonlyMap<string, readonly number[]>;
  /** Positions by folded word, for `*` and `=` steps. */
  readonly foldedPositions: ReadonlyMap<string, readonly number[]>;
  /** Matches already found in this text, by term: the same terms recur across obligations. */
  readonly found: Map<CompiledTerm, readonly TermMatch[]>;
}

export function indexText(text: string, language: CatalogueLanguage): IndexedText {
  const tokens = tokenize(text, language);
  const positions = new Map<string, number[]>();
  const foldedPositions = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, index: number): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [index]);
    else list.push(index);
  };
  tokens.forEach((token, index) => {
    add(positions, token.key, index);
    add(foldedPositions, token.folded, index);
  });
  return { text, tokens, positions, foldedPositions, found: new Map() };
}

function stepMatches(step: Step, token: Token): boolean {
  if (step.kind === 'stem') return token.key === step.key;
  if (step.kind === 'exact') return token.folded === step.folded;
  return token.folded.startsWith(step.prefix);
}

function startPositions(indexed: IndexedText, first: Step): readonly number[] {
  if (first.kind === 'stem') return indexed.positions.get(first.key) ?? [];
  if (first.kind === 'exact') return indexed.foldedPositions.get(first.folded) ?? [];
  const found: number[] = [];
  for (const [word, positions] of indexed.foldedPositions)
    if (word.startsWith(first.prefix)) found.push(...positions);
  return found.sort((a, b) => a - b);
}

function matchFrom(indexed: IndexedText, steps: readonly Step[], start: number): number {
  let last = start;
  for (let s = 1; s < steps.length; s++) {
    const step = steps[s];
    if (step === undefined) return -1;
    let next = -1;
    for (let j = last + 1; j <= last + 1 + step.gap && j < indexed.tokens.length; j++) {
      const token = indexed.tokens[j];
      if (token === undefined || token.line !== indexed.tokens[last]?.line) break;
      if (stepMatches(step, token)) {
        next = j;
        break;
      }
    }
    if (next < 0) return -1;
    last = next;
  }
  return last;
}

/** Every place where the term occurs in the text, in order. */
export function findTerm(indexed: IndexedText, term: CompiledTerm): readonly TermMatch[] {
  const known = indexed.found.get(term);
  if (known !== undefined) return known;
  const matches = findUncached(indexed, term);
  indexed.found.set(term, matches);
  return matches;
}

function findUncached(indexed: IndexedText, term: CompiledTerm): TermMatch[] {
  const first = term.steps[0];
  if (first === undefined) return [];
  const matches: TermMatch[] = [];
  for (const position of startPositions(indexed, first)) {
    const last = matchFrom(indexed, term.steps, position);
    const startToken = indexed.tokens[position];
    const endToken = indexed.tokens[last];
    if (last < 0 || startToken === undefined || endToken === undefined) continue;
    matches.push({
      term: term.source,
      start: startToken.start,
      end: endToken.end,
      firstToken: position,
      lastToken: last,
    });
  }
  return matches;
}

/** The first match of any of the terms within a token window, or undefined. */
export function findAny(
  indexed: IndexedText,
  terms: readonly CompiledTerm[],
  window?: { readonly from: number; readonly to: number },
): TermMatch | undefined {
  let best: TermMatch | undefined;
  for (const term of terms) {
    for (const match of findTerm(indexed, term)) {
      if (window !== undefined && (match.firstToken < window.from || match.lastToken >= window.to))
        continue;
      if (best === undefined || match.start < best.start) best = match;
      break;
    }
  }
  return best;
}
