import type { CatalogueLanguage, Obligation } from '../catalogue/types.js';
import { maximumCustodyYears } from './penalties.js';
import { compileTerm, findTerm } from './term-pattern.js';
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

/** Words that name trafficking of anyone, and of children only. */
const ANY_PERSON = {
  en: [
    'trafficking in persons',
    'trafficking in person',
    'human trafficking',
    'trafficking in human beings',
    'another person',
    'any other person',
  ],
  fr: [
    'traite des personnes',
    'traite de personnes',
    'traite des êtres humains',
    'trafic de personnes',
    'autrui',
  ],
} as const;
const CHILDREN = {
  en: ['child', 'children', 'minor', 'minors'],
  fr: ['enfant', 'enfants', 'mineur', 'mineurs'],
} as const;

function mentions(unit: AnalysisUnit, terms: readonly string[]): boolean {
  return terms.some((term) => findTerm(unit.indexed, compileTerm(term, unit.language)).length > 0);
}

/** The Protocol protects everyone: a definition or offence about children only falls short. */
function childrenOnlyCheck(
  units: readonly AnalysisUnit[],
  language: CatalogueLanguage,
): CheckResult {
  if (units.length === 0) return { shortfall: false, notes: [] };
  const forAnyone = units.some((unit) => mentions(unit, ANY_PERSON[unit.language]));
  const forChildren = units.every((unit) => mentions(unit, CHILDREN[unit.language]));
  if (forAnyone || !forChildren) return { shortfall: false, notes: [] };
  return {
    shortfall: true,
    notes: [
      language === 'fr'
        ? 'Le texte ne vise que les enfants : la traite des adultes n’est pas couverte.'
        : 'The text covers children only: trafficking of adults is not covered.',
    ],
  };
}

export function runChecks(
  obligation: Obligation,
  units: readonly AnalysisUnit[],
  language: CatalogueLanguage,
): CheckResult {
  const results = (obligation.match?.checks ?? []).map((check) =>
    check === 'serious_crime' ? penaltyCheck(units, language) : childrenOnlyCheck(units, language),
  );
  return {
    shortfall: results.some((result) => result.shortfall),
    notes: results.flatMap((result) => result.notes),
  };
}
