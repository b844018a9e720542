import type { CatalogueLanguage } from '../catalogue/types.js';
import type { LegalDocument } from '../model/index.js';
import { buildLexicalIndex, type LexicalIndex } from './lexical-index.js';
import { analysisLanguage, buildUnits, type AnalysisUnit } from './units.js';

/** Provisions the engine prepared once, reusable for many analyses of the same texts. */
export interface PreparedTexts {
  readonly units: readonly AnalysisUnit[];
  readonly lexical: LexicalIndex;
  readonly language: CatalogueLanguage;
}

export function prepareTexts(documents: readonly LegalDocument[]): PreparedTexts {
  const units = buildUnits(documents);
  const first = documents[0];
  return {
    units,
    lexical: buildLexicalIndex(units),
    language: first === undefined ? 'en' : analysisLanguage(first),
  };
}
