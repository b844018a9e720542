import type {
  Bilingual,
  CatalogueLanguage,
  Element,
  Obligation,
  Terms,
} from '../catalogue/types.js';
import { compileTerm, type CompiledTerm } from './term-pattern.js';
import { tokenize } from './tokens.js';

/** A pattern of the catalogue, compiled: every group must match. */
export interface CompiledPattern {
  readonly groups: readonly (readonly CompiledTerm[])[];
  readonly unless: readonly CompiledTerm[];
  readonly reason: Bilingual;
}

export interface CompiledElement {
  readonly element: Element;
  readonly terms: readonly CompiledTerm[];
}

/** What the engine needs of one obligation in one language, compiled once. */
export interface ObligationProfile {
  readonly obligation: Obligation;
  readonly language: CatalogueLanguage;
  readonly terms: readonly CompiledTerm[];
  readonly elements: readonly CompiledElement[];
  /** The recognition groups (AND of ORs); empty when the obligation has no rule. */
  readonly anchors: readonly (readonly CompiledTerm[])[];
  readonly related: readonly CompiledTerm[];
  readonly decoys: readonly CompiledPattern[];
  readonly contradictions: readonly CompiledPattern[];
  /** Stems for lexical ranking: title, terms and element keywords. */
  readonly query: readonly string[];
}

function compileAll(terms: Terms | undefined, language: CatalogueLanguage): CompiledTerm[] {
  if (terms === undefined) return [];
  return terms[language]
    .map((term) => compileTerm(term, language))
    .filter((term) => term.steps.length > 0);
}

function queryStems(obligation: Obligation, language: CatalogueLanguage): string[] {
  const words = [
    obligation.title[language],
    ...obligation.terms[language],
    ...obligation.elements.flatMap((element) => element.keywords[language]),
    ...(obligation.match?.all ?? []).flatMap((group) => group[language]),
  ].join(' ');
  return [
    ...new Set(tokenize(words.replace(/\*|\.\.\.|(?<=^|\s)=/g, ' '), language).map((t) => t.key)),
  ];
}

const CACHE = new WeakMap<Obligation, Partial<Record<CatalogueLanguage, ObligationProfile>>>();

export function profileOf(obligation: Obligation, language: CatalogueLanguage): ObligationProfile {
  const cached = CACHE.get(obligation)?.[language];
  if (cached !== undefined) return cached;
  const match = obligation.match;
  const pattern = (entry: {
    all: readonly Terms[];
    unless?: Terms;
    reason: Bilingual;
  }): CompiledPattern => ({
    groups: entry.all.map((group) => compileAll(group, language)),
    unless: compileAll(entry.unless, language),
    reason: entry.reason,
  });
  const profile: ObligationProfile = {
    obligation,
    language,
    terms: compileAll(obligation.terms, language),
    elements: obligation.elements.map((element) => ({
      element,
      terms: compileAll(element.keywords, language),
    })),
    anchors: (match?.all ?? []).map((group) => compileAll(group, language)),
    related: compileAll(match?.related, language),
    decoys: (match?.decoys ?? []).map(pattern),
    contradictions: (match?.contradictions ?? []).map(pattern),
    query: queryStems(obligation, language),
  };
  CACHE.set(obligation, { ...CACHE.get(obligation), [language]: profile });
  return profile;
}
