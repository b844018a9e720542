import { analyse, type Analysis } from '../core/align/index.js';
import type { Catalogue, InstrumentCode, Obligation } from '../core/catalogue/types.js';
import type { ImportedLaw } from '../importers/import-result.js';
import { loadCatalogue } from './catalogue-files.js';
import { importLawFile } from './import-law-file.js';

/**
 * Which obligations an analysis covers: instruments ("TIP", "GP") or ID prefixes
 * ("TIP.5", "UNTOC.10.1"); non-legislative units only when asked for.
 */
export interface ObligationSelection {
  readonly include?: readonly string[];
  readonly nonLegislative?: boolean;
}

const INSTRUMENTS: readonly InstrumentCode[] = ['TIP', 'SOM', 'UNTOC', 'GP'];
export const DEFAULT_SELECTION: readonly string[] = ['TIP', 'SOM', 'UNTOC'];

/** Names in a selection that match nothing in the catalogue, so a typo is not silent. */
export function unknownSelectors(catalogue: Catalogue, include: readonly string[]): string[] {
  return include.filter(
    (selector) =>
      !catalogue.obligations.some(
        (obligation) => obligation.id === selector || obligation.id.startsWith(`${selector}.`),
      ),
  );
}

export function selectObligations(
  catalogue: Catalogue,
  selection: ObligationSelection = {},
): Obligation[] {
  const include = (selection.include ?? DEFAULT_SELECTION).map((item) =>
    INSTRUMENTS.includes(item.toUpperCase() as InstrumentCode) ? item.toUpperCase() : item,
  );
  return catalogue.obligations.filter(
    (obligation) =>
      (selection.nonLegislative === true || obligation.kind !== 'non_legislative') &&
      include.some(
        (selector) => obligation.id === selector || obligation.id.startsWith(`${selector}.`),
      ),
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
  const catalogue = loadCatalogue();
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
    catalogue,
    laws.map((law) => law.document),
    { obligations: selectObligations(catalogue, options) },
  );
  return { laws, analysis, catalogue };
}
