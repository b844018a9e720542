import { describe, expect, it } from 'vitest';
import { assignEIds } from '../model/eid.js';
import { EMPTY_META, LegalDocument } from '../model/legal-document.js';
import { Article, Division, Subdivision } from '../model/provision.js';
import { renderArticleBody } from './article-body.js';
import { compareArticles } from './compare-articles.js';
import { draftComparableArticles } from './draft-articles.js';
import { lawComparableArticles } from './law-articles.js';
import { draftFromLaw } from './draft-from-law.js';
import { numberDraft } from './draft-numbering.js';
import { listDraftArticles } from './draft-tree.js';
import { applyEdits } from './testing/draft-builder.js';

/** A small law in force: a chapter of two articles, then article 3 citing article 2 and a code. */
const law = assignEIds(
  LegalDocument.create({
    meta: { ...EMPTY_META, country: 'ml', language: 'fr', number: '2012-023', year: '2012' },
    preamble: ["L'Assemblée nationale a délibéré et adopté la loi dont la teneur suit :"],
    conclusions: ['Bamako, le 12 juillet 2012'],
    body: [
      Division.create({
        kind: 'chapter',
        num: 'I',
        heading: 'Dispositions générales',
        children: [
          Article.create({
            num: '1er',
            heading: 'Objet',
            text: 'La présente loi réprime la traite.',
          }),
          Article.create({
            num: '2',
            text: 'Est puni :',
            children: [
              Subdivision.create({ kind: 'point', num: '1°', text: 'le recrutement ;' }),
              Subdivision.create({ kind: 'point', num: '2°', text: 'le transport.' }),
            ],
          }),
        ],
      }),
      Article.create({
        num: '3',
        children: [
          Subdivision.create({
            kind: 'paragraph',
            num: '(1)',
            text: "Les peines de l'article 2 sont doublées.",
          }),
          Subdivision.create({
            kind: 'paragraph',
            num: '(2)',
            text: "Sans préjudice de l'article 30 du Code pénal et de l'article premier.",
          }),
        ],
      }),
    ],
  }),
);

describe('draftFromLaw', () => {
  const draft = draftFromLaw(law, { title: 'Projet de loi portant révision de la loi 2012-023' });
  const articles = listDraftArticles(draft);

  it('copies the divisions and articles, each article keeping the eId it was copied from', () => {
    expect(draft.body.map((node) => node.kind)).toEqual(['chapter', 'article']);
    expect(articles.map((article) => article.origin)).toEqual([
      'chp_1__art_1',
      'chp_1__art_2',
      'art_3',
    ]);
    expect(draft.meta).toMatchObject({
      docType: 'bill',
      country: 'ml',
      language: 'fr',
      number: '',
      year: '',
    });
    expect(draft.preamble).toEqual(law.preamble);
    expect(draft.conclusions).toEqual(law.conclusions);
  });

  it('recomputes the numbers and turns the law’s own references into tokens, not the code’s', () => {
    const numbers = numberDraft(draft);
    expect(articles.map((article) => numbers.get(article.key)?.label)).toEqual([
      'Article 1er',
      'Article 2',
      'Article 3',
    ]);
    const [first, second, third] = articles;
    expect(third?.children[0]?.text).toBe(
      `(1) Les peines de l'article {{art:${second?.key}}} sont doublées.`,
    );
    expect(third?.children[1]?.text).toBe(
      `(2) Sans préjudice de l'article 30 du Code pénal et de l'article {{art:${first?.key}}}.`,
    );
    expect(renderArticleBody(draft, second?.key ?? '')).toBe(
      'Est puni :\n1° le recrutement ;\n2° le transport.',
    );
  });

  it('keeps the law’s "1°" items and renumbers them 1°, 2°, 3° when one is inserted', () => {
    const second = articles[1];
    expect(second?.children[0]?.itemStyle).toBe('degree');
    const inserted = applyEdits(draft, [
      {
        op: 'update',
        key: second?.key ?? '',
        // The drafter types any number after the first: the list renumbers itself.
        body: 'Est puni :\n1° le recrutement ;\n2° l’hébergement ;\n2° le transport.',
      },
    ]);
    expect(renderArticleBody(inserted, second?.key ?? '')).toBe(
      'Est puni :\n1° le recrutement ;\n2° l’hébergement ;\n3° le transport.',
    );
  });

  it('compares the copied "1°" article unchanged with the law', () => {
    const comparison = compareArticles(lawComparableArticles(law), draftComparableArticles(draft));
    // Article 3 reads "l'article premier" in the law and "l'article 1er" in the copy.
    expect(comparison.rows.map((row) => row.change)).toEqual([
      'unchanged',
      'unchanged',
      'modified',
    ]);
  });

  it('keeps references right when the copy is renumbered', () => {
    const [, second, third] = articles;
    const moved = applyEdits(draft, [
      { op: 'move', key: second?.key ?? '', parentKey: null, index: 2 },
    ]);
    expect(renderArticleBody(moved, third?.key ?? '').split('\n')[0]).toBe(
      "(1) Les peines de l'article 3 sont doublées.",
    );
  });
});
