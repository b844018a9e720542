import { describe, expect, it } from 'vitest';
import type { CatalogueLanguage } from '../catalogue/types.js';
import { compileTerm, findAny, findTerm, indexText } from './term-pattern.js';

/** The words of `text` where `term` matches, as written. */
function matches(term: string, text: string, language: CatalogueLanguage): string[] {
  return findTerm(indexText(text, language), compileTerm(term, language)).map((match) =>
    text.slice(match.start, match.end),
  );
}

describe('compileTerm and findTerm', () => {
  it('matches a word by its stem, whatever its ending', () => {
    expect(matches('recruitment', 'A person who recruits another', 'en')).toEqual(['recruits']);
    expect(matches('trafficking', 'persons trafficked by traffickers', 'en')).toEqual([
      'trafficked',
      'traffickers',
    ]);
    expect(matches('hébergement', 'quiconque héberge une personne', 'fr')).toEqual(['héberge']);
  });

  it('folds accents on both sides, so "entree" matches "entrée" and back', () => {
    expect(matches('entree illegale', 'l’entrée illégale d’une personne', 'fr')).toEqual([
      'entrée illégale',
    ]);
    expect(matches('entrée illégale', 'L’ENTREE ILLEGALE au Mali', 'fr')).toEqual([
      'ENTREE ILLEGALE',
    ]);
  });

  it('matches a word ending in * by the start of the folded word', () => {
    expect(matches('exploit*', 'l’exploiteur et l’exploitation', 'fr')).toEqual([
      'exploiteur',
      'exploitation',
    ]);
    expect(matches('consul*', 'the consular officers', 'en')).toEqual(['consular']);
    expect(matches('consul*', 'the council of ministers', 'en')).toEqual([]);
  });

  it('matches a word starting with = only by itself, not by words sharing its stem', () => {
    expect(matches('=traite', 'la traite des personnes', 'fr')).toEqual(['traite']);
    expect(matches('=traite', 'le traitement des données', 'fr')).toEqual([]);
    expect(matches('traite', 'le traitement des données', 'fr')).toEqual(['traitement']);
  });

  it('lets up to six words come between the two sides of "..."', () => {
    const term = 'personne morale ... punie';
    expect(
      matches(term, 'la personne morale pour le compte de laquelle l’infraction est punie', 'fr'),
    ).toHaveLength(1);
    expect(
      matches(
        term,
        'la personne morale reste tenue des obligations de son contrat de travail conclu avec les salariés, qui sont informés par écrit et punie',
        'fr',
      ),
    ).toEqual([]);
  });

  it('lets one word slip into a phrase, but not two', () => {
    expect(matches('illegal entry', 'illegal or irregular entry', 'en')).toEqual([
      'illegal or irregular entry',
    ]);
    expect(matches('illegal entry', 'illegal, unlawful or irregular entry', 'en')).toEqual([]);
  });

  it('ignores stop words in the term and in the text', () => {
    expect(
      matches(
        'abuse of a position of vulnerability',
        'abuse of the position of vulnerability',
        'en',
      ),
    ).toHaveLength(1);
    expect(
      matches(
        'abus d’une situation de vulnérabilité',
        'abus de la situation de vulnérabilité',
        'fr',
      ),
    ).toHaveLength(1);
  });

  it('finds every occurrence in order with token positions', () => {
    const indexed = indexText('smuggling of migrants and again smuggling of migrants', 'en');
    const found = findTerm(indexed, compileTerm('smuggling of migrants', 'en'));
    expect(found.map((match) => match.start)).toEqual([0, 32]);
    expect(found[0]).toMatchObject({ term: 'smuggling of migrants', firstToken: 0, lastToken: 1 });
  });
});

describe('findAny', () => {
  it('returns the earliest match of any term, limited to a token window', () => {
    const indexed = indexText('fraud then deception then coercion', 'en');
    const terms = ['coercion', 'deception'].map((term) => compileTerm(term, 'en'));
    expect(findAny(indexed, terms)?.term).toBe('deception');
    expect(findAny(indexed, terms, { from: 3, to: 5 })?.term).toBe('coercion');
    expect(findAny(indexed, terms, { from: 0, to: 1 })).toBeUndefined();
  });
});
