import type { Bilingual, CatalogueLanguage } from '../catalogue/types.js';
import type { ProvisionRef } from './units.js';

/** The engine's suggestion; analysts also use `not_assessed` (DESIGN.md §2). */
export type SuggestedStatus = 'aligned' | 'partial' | 'missing' | 'not_applicable';

/** A matched term in a provision: offsets into the provision's analysed text (end exclusive). */
export interface Evidence {
  readonly term: string;
  readonly start: number;
  readonly end: number;
  /** The words as written in the law. */
  readonly text: string;
}

/** A provision proposed for an obligation, with why. */
export interface Candidate {
  readonly provision: ProvisionRef;
  /** 0 to about 2; only the order matters to users. */
  readonly score: number;
  /** True when the provision does what the obligation asks (not merely shares words). */
  readonly implements: boolean;
  readonly evidence: readonly Evidence[];
  /** Element IDs found in this provision. */
  readonly elements: readonly string[];
  /** Set when the provision is a look-alike: it shares words but does something else. */
  readonly lookAlike?: { readonly reason: Bilingual; readonly evidence: readonly Evidence[] };
}

export interface ElementResult {
  readonly id: string;
  readonly label: Bilingual;
  readonly required: boolean;
  readonly present: boolean;
  readonly provision?: ProvisionRef;
  readonly evidence?: Evidence;
}

/** A provision that goes against the obligation (a law punishing the smuggled migrant). */
export interface Conflict {
  readonly provision: ProvisionRef;
  readonly reason: Bilingual;
  readonly evidence: readonly Evidence[];
}

export interface Finding {
  readonly obligationId: string;
  readonly status: SuggestedStatus;
  /** Provisions proposed, best first; look-alikes are never among them. */
  readonly candidates: readonly Candidate[];
  /** Provisions that share words with the obligation but do something else, with why. */
  readonly lookAlikes: readonly Candidate[];
  readonly elements: readonly ElementResult[];
  readonly conflicts: readonly Conflict[];
  /** One paragraph in the law's language. */
  readonly explanation: string;
}

/** The analysed text of a provision, so evidence offsets can be shown highlighted. */
export interface AnalysedProvision {
  readonly ref: ProvisionRef;
  readonly heading: string;
  readonly text: string;
}

export interface Analysis {
  readonly catalogueVersion: string;
  /** The language of the explanations: that of the first text. */
  readonly language: CatalogueLanguage;
  readonly provisions: readonly AnalysedProvision[];
  readonly findings: readonly Finding[];
}
