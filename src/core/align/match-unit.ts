import type { Clause } from './clauses.js';
import type { CompiledPattern, ObligationProfile } from './profile.js';
import { findAny, findTerm, type CompiledTerm, type TermMatch } from './term-pattern.js';
import type { AnalysisUnit } from './units.js';

/** How one provision answers one obligation, before ranking. */
export interface UnitMatch {
  readonly unit: number;
  readonly lexical: number;
  /** One match per distinct obligation term found. */
  readonly terms: readonly TermMatch[];
  readonly inHeading: boolean;
  /** True when the obligation has recognition groups and all of them match. */
  readonly anchored: boolean;
  /** Matches of the recognition groups, one per group that matched. */
  readonly anchors: readonly TermMatch[];
  /** True when the provision names the obligation's subject (its first recognition group). */
  readonly subject: boolean;
  readonly elements: ReadonlyMap<string, TermMatch>;
  readonly decoy?: { readonly pattern: CompiledPattern; readonly matches: readonly TermMatch[] };
  readonly conflict?: { readonly pattern: CompiledPattern; readonly matches: readonly TermMatch[] };
}

function firstMatches(unit: AnalysisUnit, terms: readonly CompiledTerm[]): TermMatch[] {
  const found: TermMatch[] = [];
  for (const term of terms) {
    const [first] = findTerm(unit.indexed, term);
    if (first !== undefined) found.push(first);
  }
  return found;
}

/** All groups of a pattern matched in the provision, or undefined. */
export function matchPattern(
  unit: AnalysisUnit,
  groups: readonly (readonly CompiledTerm[])[],
): TermMatch[] | undefined {
  const matches: TermMatch[] = [];
  for (const group of groups) {
    const match = findAny(unit.indexed, group);
    if (match === undefined) return undefined;
    matches.push(match);
  }
  return matches;
}

function definesOneOf(clause: Clause, unit: AnalysisUnit, terms: readonly CompiledTerm[]): boolean {
  return terms.some((term) =>
    findTerm(unit.indexed, term).some(
      (match) =>
        match.start >= clause.start &&
        match.start < clause.start + (clause.defines?.length ?? 0) + 4,
    ),
  );
}

/**
 * The clauses where elements may be credited. Outside definitions articles: the whole text.
 * In a definitions article: the definitions of the obligation's subject (the first
 * recognition group, or its terms) and of related terms, plus text that defines nothing.
 */
function elementScope(unit: AnalysisUnit, profile: ObligationProfile): readonly Clause[] {
  if (unit.clauses.length < 2) return unit.clauses;
  const subject = profile.anchors[0] ?? profile.terms;
  return unit.clauses.filter(
    (clause) =>
      clause.defines === undefined ||
      definesOneOf(clause, unit, subject) ||
      definesOneOf(clause, unit, profile.related),
  );
}

/** The first token that starts at or after an offset (binary search). */
function tokenAt(unit: AnalysisUnit, offset: number): number {
  const tokens = unit.indexed.tokens;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.start ?? Number.POSITIVE_INFINITY) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

const WINDOWS = new WeakMap<Clause, { from: number; to: number }>();

function tokenWindows(
  unit: AnalysisUnit,
  clauses: readonly Clause[],
): { from: number; to: number }[] {
  return clauses.map((clause) => {
    const known = WINDOWS.get(clause);
    if (known !== undefined) return known;
    const window = { from: tokenAt(unit, clause.start), to: tokenAt(unit, clause.end) };
    WINDOWS.set(clause, window);
    return window;
  });
}

function findElements(
  unit: AnalysisUnit,
  profile: ObligationProfile,
  clauses: readonly Clause[] = elementScope(unit, profile),
): Map<string, TermMatch> {
  const found = new Map<string, TermMatch>();
  const windows = tokenWindows(unit, clauses);
  for (const { element, terms } of profile.elements) {
    for (const window of windows) {
      const match = findAny(unit.indexed, terms, window);
      if (match !== undefined) {
        found.set(element.id, match);
        break;
      }
    }
  }
  return found;
}

/**
 * Elements found in a provision's definitions of related terms ("exploitation" defined in
 * the interpretation section, apart from the offence): they complete the definition of the
 * obligation's subject.
 */
export function relatedElements(
  unit: AnalysisUnit,
  profile: ObligationProfile,
): Map<string, TermMatch> {
  if (profile.related.length === 0 || unit.clauses.length < 2) return new Map<string, TermMatch>();
  const clauses = unit.clauses.filter(
    (clause) => clause.defines !== undefined && definesOneOf(clause, unit, profile.related),
  );
  return clauses.length === 0 ? new Map<string, TermMatch>() : findElements(unit, profile, clauses);
}

function firstPattern(
  unit: AnalysisUnit,
  patterns: readonly CompiledPattern[],
): { pattern: CompiledPattern; matches: TermMatch[] } | undefined {
  for (const pattern of patterns) {
    const matches = matchPattern(unit, pattern.groups);
    if (matches === undefined) continue;
    if (pattern.unless.length > 0 && findAny(unit.indexed, pattern.unless) !== undefined) continue;
    return { pattern, matches };
  }
  return undefined;
}

/** Where and how well a provision ranks lexically, as input to {@link matchUnit}. */
export interface UnitInput {
  readonly index: number;
  readonly unit: AnalysisUnit;
  readonly lexical: number;
  /** Provisions that punish this one by reference ("contravenes section 118"). */
  readonly punishedBy?: readonly AnalysisUnit[];
}

/**
 * The recognition groups matched in the provision, or with the subject in the provision and
 * the rest in a provision that punishes it by reference.
 */
function anchorsOf(
  unit: AnalysisUnit,
  profile: ObligationProfile,
  punishedBy: readonly AnalysisUnit[],
): TermMatch[] | undefined {
  if (profile.anchors.length === 0) return undefined;
  const own = matchPattern(unit, profile.anchors);
  if (own !== undefined || punishedBy.length === 0) return own;
  const [subject, ...rest] = profile.anchors;
  const named = subject === undefined ? undefined : findAny(unit.indexed, subject);
  if (named === undefined) return undefined;
  return punishedBy.some((other) => matchPattern(other, rest) !== undefined) ? [named] : undefined;
}

export function matchUnit(
  { index, unit, lexical, punishedBy = [] }: UnitInput,
  profile: ObligationProfile,
): UnitMatch {
  const terms = firstMatches(unit, profile.terms);
  const anchorMatches = anchorsOf(unit, profile, punishedBy);
  const anchored = anchorMatches !== undefined;
  const decoy = firstPattern(unit, profile.decoys);
  const conflict = firstPattern(unit, profile.contradictions);
  return {
    unit: index,
    lexical,
    terms,
    inHeading: [...terms, ...(anchorMatches ?? [])].some(
      (match) => match.start < unit.heading.length,
    ),
    anchored,
    anchors: anchorMatches ?? [],
    subject:
      anchored ||
      (profile.anchors.length > 0 && findAny(unit.indexed, profile.anchors[0] ?? []) !== undefined),
    // Under a recognition rule, elements only count in a provision the rule recognises.
    elements:
      profile.anchors.length > 0 && !anchored
        ? new Map<string, TermMatch>()
        : findElements(unit, profile),
    ...(decoy === undefined ? {} : { decoy }),
    ...(conflict === undefined ? {} : { conflict }),
  };
}
