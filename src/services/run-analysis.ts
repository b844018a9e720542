import { analyse, type Analysis } from '../core/align/index.js';
import { isAssessable, type CatalogueIndex } from '../core/catalogue/catalogue-index.js';
import {
  INSTRUMENT_CODES,
  type Catalogue,
  type InstrumentCode,
  type Obligation,
} from '../core/catalogue/types.js';
import type { ImportedLaw } from '../importers/import-result.js';
import { loadCatalogueIndex } from './catalogue-files.js';
import { importLawFile } from './import-law-file.js';

/**
 * Which obligations an analysis covers: instruments ("TIP", "GP") or ID prefixes
 * ("TIP.5", "UNTOC.10.1"); non-legislative units only when asked for.
 */
export interface ObligationSelection {
  readonly include?: readonly string[];
  readonly nonLegislative?: boolean;
}

export const DEFAULT_SELECTION: readonly string[] = ['TIP', 'SOM', 'UNTOC'];

/** Instrument codes in any case ("tip") as the catalogue writes them ("TIP"); IDs as given. */
function normalise(selectors: readonly string[]): string[] {
  return selectors.map((item) =>
    INSTRUMENT_CODES.includes(item.toUpperCase() as InstrumentCode) ? item.toUpperCase() : item,
  );
}

/** Names in a selection that match nothing in the catalogue, so a typo is not silent. */
export function unknownSelectors(index: CatalogueIndex, include: readonly string[]): string[] {
  return normalise(include).filter((selector) => index.descendantsOf(selector).length === 0);
}

export function selectObligations(
  index: CatalogueIndex,
  selection: ObligationSelection = {},
): Obligation[] {
  const chosen = new Set(
    normalise(selection.include ?? DEFAULT_SELECTION).flatMap((selector) =>
      index.descendantsOf(selector),
    ),
  );
  return index.catalogue.obligations.filter(
    (obligation) =>
      chosen.has(obligation) && (selection.nonLegislative === true || isAssessable(obligation)),
  );
}

export interface LawAnalysis {
  readonly laws: readonly ImportedLaw[];
  readonly analysis: Analysis;
  readonly catalogue: Catalogue;
}

/** Imports one or more texts of a jurisdiction and runs the engine over them together. */
export async function analyseLawFiles(
  paths: readonly string[],
  options: ObligationSelection & { readonly language?: string } = {},
): Promise<LawAnalysis> {
  const index = loadCatalogueIndex();
  const laws: ImportedLaw[] = [];
  for (const path of paths) {
    laws.push(
      await importLawFile(
        path,
        options.language === undefined ? {} : { language: options.language },
      ),
    );
  }
  const analysis = analyse(
    index.catalogue,
    laws.map((law) => law.document),
    { obligations: selectObligations(index, options) },
  );
  return { laws, analysis, catalogue: index.catalogue };
}
