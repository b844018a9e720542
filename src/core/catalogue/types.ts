/**
 * The obligations catalogue: what the instruments require of national law, at the finest
 * level an analyst checks. The data lives in `catalogue/` at the project root; this file is
 * its shape. IDs follow the treaty numbering (DESIGN.md §2): `TIP.5.2.b`, `SOM.6.1.b.ii`,
 * `UNTOC.10.1`, good practices `GP.<slug>`; elements `<obligation>#<group>.<slug>`.
 */

export type InstrumentCode = 'TIP' | 'SOM' | 'UNTOC' | 'GP';
export const INSTRUMENT_CODES: readonly InstrumentCode[] = ['TIP', 'SOM', 'UNTOC', 'GP'];

export type ObligationKind =
  'mandatory' | 'endeavour' | 'optional' | 'definition' | 'non_legislative';

export type Theme =
  | 'general'
  | 'definitions'
  | 'criminalization'
  | 'sanctions'
  | 'legal_persons'
  | 'confiscation'
  | 'jurisdiction'
  | 'victim_protection'
  | 'immigration_return'
  | 'prevention'
  | 'border_documents'
  | 'international_cooperation'
  | 'procedure'
  | 'final_clauses';

/** The two languages the catalogue is written in. */
export type CatalogueLanguage = 'en' | 'fr';

/** A text in French and English. */
export interface Bilingual {
  readonly en: string;
  readonly fr: string;
}

/**
 * Search terms in both languages. Each term is a word or phrase as a drafter writes it
 * ("abuse of a position of vulnerability", "personne morale"); the engine normalises and
 * stems them. Syntax: a word ending in `*` matches any word it begins ("exploit*"), a word
 * starting with `=` only itself ("=traite", not "traitement"); the
 * token `...` between words allows up to five other words in between ("abus ... vulnérabilité").
 */
export interface Terms {
  readonly en: readonly string[];
  readonly fr: readonly string[];
}

/** A component of an obligation that the text must contain (`TIP.3.a#means.vulnerability`). */
export interface Element {
  readonly id: string;
  readonly label: Bilingual;
  readonly keywords: Terms;
  /**
   * False for elements that are good practice or illustrative only (a State fund for
   * compensation, cooperation with NGOs): they are reported but a missing one does not
   * lower the status.
   */
  readonly required: boolean;
}

/**
 * How the engine recognises a provision that implements the obligation. Each group in
 * `all` must match somewhere in the provision (AND of ORs): for `UNTOC.10.1` a legal person
 * and liability. A provision matching a `decoy` is shown as a look-alike, never as an
 * implementation; a provision matching a `contradiction` is flagged as going
 * against the obligation (a law that punishes the smuggled migrant breaches `SOM.5`).
 */
export interface MatchRule {
  readonly all: readonly Terms[];
  /**
   * In a definitions article, elements are looked for only in the definition of the term the
   * first group names; definitions of these terms count too (for `TIP.3.a`, "exploitation").
   */
  readonly related?: Terms;
  readonly decoys?: readonly Pattern[];
  readonly contradictions?: readonly Pattern[];
  /**
   * An obligation that must be implemented first: attempt of smuggling (`SOM.6.2.a`) means
   * nothing in a law with no smuggling offence (`SOM.6.1.a`), whatever its attempt clause says.
   */
  readonly requires?: string;
  /**
   * Obligations this one cannot be better aligned than: the trafficking offence (`TIP.5.1`)
   * is only as complete as the definition it punishes (`TIP.3.a`).
   */
  readonly cappedBy?: readonly string[];
  /**
   * Obligations about the offence itself are judged on the provisions that implement these
   * (`UNTOC.34.2` on the definitions and offences of trafficking and smuggling).
   */
  readonly from?: readonly string[];
  /**
   * Checks that words alone cannot make, run on the implementing provisions:
   * `serious_crime` (the heaviest custodial penalty reaches four years, UNTOC art. 2(b)) and
   * `all_persons` (the definition or offence is not limited to children).
   */
  readonly checks?: readonly MatchCheck[];
}

/** A check of `MatchRule.checks`. */
export type MatchCheck = 'serious_crime' | 'all_persons';

/** A named pattern: every group must match in the same provision, and `unless` must not. */
export interface Pattern {
  readonly all: readonly Terms[];
  readonly unless?: Terms;
  readonly reason: Bilingual;
}

export interface Obligation {
  readonly id: string;
  readonly instrument: InstrumentCode;
  /** Treaty article; null for good practices. */
  readonly article: number | null;
  /** Citation tail after the article: "2(b)", "(a)", "1(b)(ii)"; null at article level. */
  readonly paragraph: string | null;
  readonly title: Bilingual;
  readonly summary: Bilingual;
  readonly kind: ObligationKind;
  readonly requiresLegislation: boolean;
  readonly theme: Theme;
  readonly elements: readonly Element[];
  /** Words that tell a provision is about this obligation (retrieval vocabulary). */
  readonly terms: Terms;
  /** Recognition rule; absent where terms and elements suffice. */
  readonly match?: MatchRule;
  /** Offences the duty attaches to, for UNTOC duties applied through TIP/SOM art. 1(2). */
  readonly appliesTo?: readonly ('trafficking' | 'smuggling')[];
  /** Full citation of the source. */
  readonly source: string;
  readonly guidance?: readonly string[];
  readonly note?: Bilingual;
  /** A doubt left for a lawyer to settle (classification, secondary source). */
  readonly verify?: string;
  readonly tags?: readonly string[];
}

/** A rule that applies across instruments (TIP/SOM art. 1(2), UNTOC art. 34(2), ...). */
export interface CrossInstrumentRule {
  readonly id: string;
  readonly title: Bilingual;
  readonly text: Bilingual;
  /** Obligations the rule concerns; empty when it concerns every assessable obligation. */
  readonly obligations: readonly string[];
  /** Legal basis: the IDs that create the rule. */
  readonly basis: readonly string[];
}

export interface Instrument {
  readonly code: InstrumentCode;
  readonly title: Bilingual;
  readonly shortTitle: Bilingual;
  readonly citation: string;
  /** A doubt about the instrument's data left for a lawyer to settle (French article titles). */
  readonly verify?: string;
}

export interface Catalogue {
  /** Version of the catalogue data, e.g. "2026.1"; reports and findings record it. */
  readonly version: string;
  readonly instruments: readonly Instrument[];
  readonly obligations: readonly Obligation[];
  readonly rules: readonly CrossInstrumentRule[];
}
