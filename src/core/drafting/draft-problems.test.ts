import { describe, expect, it } from 'vitest';
import { draftProblems } from './draft-problems.js';
import { applyEdits, article, draftWith } from './testing/draft-builder.js';

describe('draftProblems', () => {
  it('names an article citing a number no article has, but not a reference to another text', () => {
    const doc = draftWith('fr', [
      article(null, 'Objet.'),
      article(null, "Les peines de l'article 40 et de l'article 30 du Code pénal s'appliquent."),
    ]);
    expect(draftProblems(doc)).toEqual([
      {
        code: 'dangling-reference',
        key: 'n3',
        label: 'Article 2',
        message: "Article 2 : la référence à l'article 40 ne renvoie à aucun article du projet",
      },
    ]);
  });

  it('reports empty articles and placeholders in English for an English draft', () => {
    const doc = draftWith('en', [article(null, ''), article(null, 'See section 1.')], 'section');
    const placeholder = {
      ...doc,
      body: doc.body.map((node) => ({ ...node, placeholder: node.key === 'n2' })),
    };
    expect(draftProblems(placeholder).map((problem) => problem.message)).toEqual([
      'Section 1: the article has no wording',
      'Section 2: still to be drafted (generated outline)',
    ]);
  });

  it('reports a "[?]" left in the words after a deleted target was saved again', () => {
    const doc = draftWith('fr', [
      article(null, 'Objet.'),
      article(null, 'Cible.'),
      article(null, "Voir l'article 2."),
    ]);
    const deleted = applyEdits(doc, [{ op: 'delete', key: 'n3' }], 4);
    const saved = applyEdits(
      deleted,
      [{ op: 'update', key: 'n5', body: "Voir l'article [?]." }],
      5,
    );
    expect(draftProblems(saved).map((problem) => [problem.code, problem.label])).toEqual([
      ['dangling-reference', 'Article 2'],
    ]);
  });
});
