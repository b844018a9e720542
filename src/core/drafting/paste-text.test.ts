import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../testing/shared-corpus.js';
import { renderArticleBody } from './article-body.js';
import { numberDraft } from './draft-numbering.js';
import { listDraftArticles } from './draft-tree.js';
import { applyDraftEdit } from './edit-draft.js';
import { appliedDocument, article, division, draftWith } from './testing/draft-builder.js';

/** Articles `from` to `to` of Cameroon's Loi n°2005/015 as "Article N : …" lines, read from the corpus. */
function cameroonExcerpt(from: number, to: number): string {
  // The seed files are JSON written by one scraper; only these two fields are read.
  const seed = JSON.parse(
    new TextDecoder().decode(readCorpus('laws/cm/loi-2005-015-trafic-des-enfants.json')),
  ) as { provisions: { section: string; content: string }[] };
  return seed.provisions
    .filter((provision) => Number(provision.section) >= from && Number(provision.section) <= to)
    .map((provision) => `Article ${provision.section} : ${provision.content}`)
    .join('\n');
}

describe('paste', () => {
  const doc = draftWith('fr', [
    article(null, 'La présente loi a pour objet de prévenir et réprimer la traite.', 'Objet'),
    article(null, 'Dispositions finales.', 'Entrée en vigueur'),
  ]);
  const at = { baseRevision: 2, revision: 3 };

  it('inserts the articles of a real law excerpt where asked, renumbering what follows', () => {
    const outcome = applyDraftEdit(
      doc,
      { op: 'paste', parentKey: null, index: 1, text: cameroonExcerpt(4, 7) },
      at,
    );
    const pasted = appliedDocument(outcome);
    const articles = listDraftArticles(pasted);
    const numbers = numberDraft(pasted);
    expect(articles.map((node) => numbers.get(node.key)?.label)).toEqual([
      'Article 1er',
      'Article 2',
      'Article 3',
      'Article 4',
      'Article 5',
      'Article 6',
    ]);
    expect(articles.at(-1)?.heading).toBe('Entrée en vigueur');
    expect(articles.slice(1, 5).every((node) => node.origin === '' && node.rev === 3)).toBe(true);
    expect(renderArticleBody(pasted, articles[1]?.key ?? '')).toMatch(
      /^Est punie d’un emprisonnement de dix à vingt ans/,
    );
    expect(renderArticleBody(pasted, articles[3]?.key ?? '')).toContain(
      'prévues par l’article 30 du Code Pénal',
    );
    expect(outcome).toMatchObject({ changed: articles.slice(1, 5).map((node) => node.key) });
  });

  it('turns references between the pasted articles into tokens that follow their new numbers', () => {
    const text = [
      'Article 1er : Est puni quiconque recrute une personne aux fins d’exploitation.',
      "Article 2 : La tentative du délit prévu à l'article 1er est punie des mêmes peines.",
    ].join('\n');
    const pasted = appliedDocument(
      applyDraftEdit(doc, { op: 'paste', parentKey: null, index: 1, text }, at),
    );
    const articles = listDraftArticles(pasted);
    expect(renderArticleBody(pasted, articles[2]?.key ?? '')).toBe(
      "La tentative du délit prévu à l'article 2 est punie des mêmes peines.",
    );
  });

  it('pastes into a chapter, and refuses text with no article', () => {
    const withChapter = appliedDocument(
      applyDraftEdit(doc, division(null, 'chapter', 'Peines'), at),
    );
    const chapterKey = withChapter.body.at(-1)?.key ?? '';
    const into = applyDraftEdit(
      withChapter,
      { op: 'paste', parentKey: chapterKey, index: 0, text: cameroonExcerpt(8, 9) },
      { baseRevision: 3, revision: 4 },
    );
    expect(withChapter.body.length).toBe(3);
    expect(
      appliedDocument(into)
        .body.at(-1)
        ?.children.map((node) => node.kind),
    ).toEqual(['article', 'article']);
    const none = applyDraftEdit(
      doc,
      { op: 'paste', parentKey: null, index: 0, text: 'Un simple paragraphe sans article.' },
      at,
    );
    expect(none).toMatchObject({ status: 'invalid' });
  });

  it('keeps the "1°" items of a pasted article', () => {
    const text = 'Article 1er : Sont punis :\n1° le recrutement ;\n2° le transport.';
    const pasted = appliedDocument(
      applyDraftEdit(doc, { op: 'paste', parentKey: null, index: 2, text }, at),
    );
    const last = listDraftArticles(pasted).at(-1);
    expect(renderArticleBody(pasted, last?.key ?? '')).toBe(
      'Sont punis :\n1° le recrutement ;\n2° le transport.',
    );
  });
});
