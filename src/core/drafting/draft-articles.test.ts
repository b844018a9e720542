import { describe, expect, it } from 'vitest';
import { draftComparableArticles } from './draft-articles.js';
import { article, division, draftWith } from './testing/draft-builder.js';

describe('draftComparableArticles', () => {
  it('gives each article its number, label, division path and wording with references as numbers', () => {
    const doc = draftWith('fr', [
      division(null, 'title', 'Des infractions'),
      division('n1', 'chapter', ''),
      article('n2', 'Est puni :\na) le recrutement ;\n  i) par la force.', 'Traite'),
      article(null, "Les peines de l'article 1er sont doublées."),
    ]);
    const [first, second] = draftComparableArticles(doc);
    expect(first).toEqual({
      key: 'n3',
      origin: '',
      num: '1er',
      label: 'Article 1er',
      heading: 'Traite',
      path: ['Titre I : Des infractions', 'Chapitre I'],
      text: 'Est puni :\na) le recrutement ;\ni) par la force.',
      placeholder: false,
      note: '',
    });
    expect(second).toMatchObject({
      num: '2',
      path: [],
      text: "Les peines de l'article 1er sont doublées.",
    });
  });
});
