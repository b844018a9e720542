import { findTerm, type CompiledTerm } from './term-pattern.js';
import type { AnalysisUnit } from './units.js';

/**
 * Which provisions hold which words, so the engine looks closely only at the provisions
 * that could match an obligation's terms instead of at every provision of a 300-section
 * act for each of 344 obligations.
 */
export interface UnitPostings {
  /** Provisions by word stem. */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  /** Provisions by folded word, for `*` and `=` terms. */
  readonly byFolded: ReadonlyMap<string, readonly number[]>;
  /** Provisions for a `*` prefix, found once. */
  readonly prefixes: Map<string, ReadonlySet<number>>;
}

/** Each unit's own index already lists its words once: the postings gather them. */
export function buildPostings(units: readonly AnalysisUnit[]): UnitPostings {
  const byKey = new Map<string, number[]>();
  const byFolded = new Map<string, number[]>();
  const gather = (map: Map<string, number[]>, words: Iterable<string>, unit: number): void => {
    for (const word of words) {
      const list = map.get(word);
      if (list === undefined) map.set(word, [unit]);
      else list.push(unit);
    }
  };
  units.forEach((unit, index) => {
    gather(byKey, unit.indexed.positions.keys(), index);
    gather(byFolded, unit.indexed.foldedPositions.keys(), index);
  });
  return { byKey, byFolded, prefixes: new Map() };
}

function withPrefix(postings: UnitPostings, prefix: string): ReadonlySet<number> {
  const known = postings.prefixes.get(prefix);
  if (known !== undefined) return known;
  const found = new Set<number>();
  for (const [word, units] of postings.byFolded) {
    if (word.startsWith(prefix)) for (const unit of units) found.add(unit);
  }
  postings.prefixes.set(prefix, found);
  return found;
}

function unitsWithFirstWord(postings: UnitPostings, term: CompiledTerm): Iterable<number> {
  const first = term.steps[0];
  if (first === undefined) return [];
  if (first.kind === 'stem') return postings.byKey.get(first.key) ?? [];
  if (first.kind === 'exact') return postings.byFolded.get(first.folded) ?? [];
  return withPrefix(postings, first.prefix);
}

/**
 * The provisions where any of the terms occurs: each term is looked for only in the
 * provisions that hold its first word.
 */
export function unitsMatching(
  postings: UnitPostings,
  units: readonly AnalysisUnit[],
  terms: readonly CompiledTerm[],
): Set<number> {
  const found = new Set<number>();
  for (const term of terms) {
    for (const index of unitsWithFirstWord(postings, term)) {
      if (found.has(index)) continue;
      const unit = units[index];
      if (unit !== undefined && findTerm(unit.indexed, term).length > 0) found.add(index);
    }
  }
  return found;
}
