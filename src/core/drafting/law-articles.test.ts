import { describe, expect, it } from 'vitest';
import { assignEIds } from '../model/index.js';
import { parseLaw } from '../parse/parse-law.js';
import { lawComparableArticles } from './law-articles.js';

describe('lawComparableArticles', () => {
  it('reads a French law: eIds as keys, "Article 1er", the chapters above, items on their lines', () => {
    const { document } = parseLaw(
      [
        'LOI N° 2021-001 RELATIVE À LA LUTTE CONTRE LA TRAITE DES PERSONNES',
        '',
        'CHAPITRE PREMIER : DISPOSITIONS GÉNÉRALES',
        '',
        'Article 1er : Au sens de la présente loi, on entend par :',
        '1° enfant : toute personne âgée de moins de dix-huit ans ;',
        '2° victime : toute personne ayant subi un préjudice.',
        '',
        'CHAPITRE II : DES PEINES',
        '',
        'Article 2 : Quiconque commet la traite est puni de dix ans d’emprisonnement.',
        '',
      ].join('\n'),
      { language: 'fr' },
    );
    const articles = lawComparableArticles(assignEIds(document));
    expect(articles.map((article) => [article.key, article.label, article.path])).toEqual([
      ['chp_1__art_1', 'Article 1er', ['Chapitre PREMIER : DISPOSITIONS GÉNÉRALES']],
      ['chp_2__art_2', 'Article 2', ['Chapitre II : DES PEINES']],
    ]);
    expect(articles[0]?.text).toBe(
      'Au sens de la présente loi, on entend par :\n1° enfant : toute personne âgée de moins de dix-huit ans ;\n2° victime : toute personne ayant subi un préjudice.',
    );
    expect(articles.every((article) => article.origin === '' && !article.placeholder)).toBe(true);
  });

  it('reads a Commonwealth act: "Section 3", marginal notes as headings, the parts above', () => {
    const { document } = parseLaw(
      [
        'THE PREVENTION OF TRAFFICKING IN PERSONS ACT, 2021',
        '',
        'PART I—PRELIMINARY',
        '',
        'Short title',
        '1. This Act may be cited as the Prevention of Trafficking in Persons Act, 2021.',
        '',
        'PART II—OFFENCES',
        '',
        'Trafficking in persons',
        '3. (1) A person who trafficks another person commits an offence.',
        '(2) A person convicted under subsection (1) is liable to imprisonment for life.',
        '',
      ].join('\n'),
      { language: 'en' },
    );
    const articles = lawComparableArticles(assignEIds(document));
    expect(articles.map((article) => [article.label, article.heading, article.path])).toEqual([
      ['Section 1', 'Short title', ['Part I: PRELIMINARY']],
      ['Section 3', 'Trafficking in persons', ['Part II: OFFENCES']],
    ]);
    expect(articles[1]?.text).toBe(
      '(1) A person who trafficks another person commits an offence.\n(2) A person convicted under subsection (1) is liable to imprisonment for life.',
    );
  });
});
