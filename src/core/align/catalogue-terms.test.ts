import { describe, expect, it } from 'vitest';
import type { CatalogueLanguage, Obligation, Terms } from '../catalogue/types.js';
import { loadCatalogue } from '../../services/catalogue-files.js';
import { compileTerm } from './term-pattern.js';

/** Every list of terms an obligation carries, with where it comes from. */
function termLists(obligation: Obligation): { where: string; terms: Terms }[] {
  const match = obligation.match;
  return [
    { where: 'terms', terms: obligation.terms },
    ...obligation.elements.map((element) => ({ where: element.id, terms: element.keywords })),
    ...(match?.all ?? []).map((terms, index) => ({ where: `match.all[${index}]`, terms })),
    ...(match?.related === undefined ? [] : [{ where: 'match.related', terms: match.related }]),
    ...[...(match?.decoys ?? []), ...(match?.contradictions ?? [])].flatMap((pattern, index) => [
      ...pattern.all.map((terms) => ({ where: `pattern[${index}]`, terms })),
      ...(pattern.unless === undefined
        ? []
        : [{ where: `pattern[${index}].unless`, terms: pattern.unless }]),
    ]),
  ];
}

describe('catalogue terms, as the engine compiles them', () => {
  const catalogue = loadCatalogue();
  const languages: CatalogueLanguage[] = ['en', 'fr'];

  it('never reduce to nothing or to one short word once stop words are dropped', () => {
    const problems: string[] = [];
    for (const obligation of catalogue.obligations) {
      for (const { where, terms } of termLists(obligation)) {
        for (const language of languages) {
          for (const term of terms[language]) {
            const { steps } = compileTerm(term, language);
            const only = steps.length === 1 ? steps[0] : undefined;
            const word =
              only === undefined
                ? ''
                : 'key' in only
                  ? only.key
                  : 'prefix' in only
                    ? only.prefix
                    : only.folded;
            if (
              steps.length === 0 ||
              (only !== undefined && word.length < 3 && !/^\d+$/.test(word))
            )
              problems.push(`${obligation.id} ${where} (${language}): "${term}"`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('give every recognition rule terms in both languages', () => {
    const empty = catalogue.obligations.flatMap((obligation) =>
      (obligation.match?.all ?? []).flatMap((group, index) =>
        languages
          .filter((language) => group[language].length === 0)
          .map((language) => `${obligation.id} all[${index}] ${language}`),
      ),
    );
    expect(empty).toEqual([]);
  });
});
