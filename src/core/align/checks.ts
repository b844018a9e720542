import type { CatalogueLanguage, Obligation } from '../catalogue/types.js';
import { maximumCustodyYears } from './penalties.js';
import type { AnalysisUnit } from './units.js';

/**
 * Checks that words alone cannot make: an offence punished by less than four years is not a
 * "serious crime" (UNTOC art. 2(b)), so the sanction duties are only partly met.
 */
export interface CheckResult {
  /** True when the provisions fall short of the obligation whatever their words. */
  readonly shortfall: boolean;
  readonly notes: readonly string[];
}

const SERIOUS_CRIME_YEARS = 4;
const PENALTY_OBLIGATIONS = new Set(['UNTOC.11.1', 'UNTOC.2.b', 'GP.penalties_commensurate']);

function penaltyCheck(units: readonly AnalysisUnit[], language: CatalogueLanguage): CheckResult {
  const years = units
    .map((unit) => maximumCustodyYears(unit.text))
    .filter((value): value is number => value !== undefined);
  if (years.length === 0) return { shortfall: false, notes: [] };
  const highest = Math.max(...years);
  if (highest >= SERIOUS_CRIME_YEARS) return { shortfall: false, notes: [] };
  return {
    shortfall: true,
    notes: [
      language === 'fr'
        ? `La peine la plus forte relevée est de ${highest} an(s), en dessous des quatre ans d’une infraction grave (art. 2 b) de la Convention).`
        : `The heaviest penalty found is ${highest} year(s), below the four years of a serious crime (Convention art. 2(b)).`,
    ],
  };
}

export function runChecks(
  obligation: Obligation,
  units: readonly AnalysisUnit[],
  language: CatalogueLanguage,
): CheckResult {
  if (PENALTY_OBLIGATIONS.has(obligation.id)) return penaltyCheck(units, language);
  return { shortfall: false, notes: [] };
}
