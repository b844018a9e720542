import type { CatalogueLanguage } from '../catalogue/types.js';
import type { LegalDocument } from '../model/index.js';
import { buildLexicalIndex, type LexicalIndex } from './lexical-index.js';
import { penaltyReferences } from './penalty-references.js';
import { buildPostings, type UnitPostings } from './unit-postings.js';
import { analysisLanguage, buildUnits, type AnalysisUnit } from './units.js';

/** Provisions the engine prepared once, reusable for many analyses of the same texts. */
export interface PreparedTexts {
  readonly units: readonly AnalysisUnit[];
  readonly lexical: LexicalIndex;
  readonly language: CatalogueLanguage;
  readonly postings: UnitPostings;
  /** For each provision, the provisions that punish it by reference. */
  readonly punishedBy: ReadonlyMap<number, readonly number[]>;
  /** The languages of the provisions. */
  readonly languages: readonly CatalogueLanguage[];
}

export function prepareTexts(documents: readonly LegalDocument[]): PreparedTexts {
  const units = buildUnits(documents);
  const first = documents[0];
  return {
    units,
    lexical: buildLexicalIndex(units),
    postings: buildPostings(units),
    punishedBy: penaltyReferences(units),
    languages: [...new Set(units.map((unit) => unit.language))],
    language: first === undefined ? 'en' : analysisLanguage(first),
  };
}
