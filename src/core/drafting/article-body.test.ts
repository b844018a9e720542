import { describe, expect, it } from 'vitest';
import { parseArticleBody, renderArticleBody } from './article-body.js';
import type { DraftDocument } from './draft-document.js';
import { findDraftNode, listDraftArticles } from './draft-tree.js';
import { applyEdits, article, draftWith } from './testing/draft-builder.js';

const FRENCH_BODY = [
  'Au sens de la présente loi, on entend par :',
  'a) traite des personnes : le recrutement, le transport, le transfert :',
  '  i) par la menace de recours ou le recours à la force ;',
  '  ii) par l’abus d’autorité ou d’une situation de vulnérabilité ;',
  'b) exploitation : au minimum, l’exploitation de la prostitution d’autrui.',
  "L'article 1er s'applique sans préjudice de l'article 30 du Code pénal.",
].join('\n');

/** The body of the last article after it is written with `body` into a two-article draft. */
function written(
  body: string,
  numbering: 'article' | 'section' = 'article',
): {
  doc: DraftDocument;
  key: string;
} {
  const language = numbering === 'section' ? 'en' : 'fr';
  const doc = draftWith(language, [article(null, 'Premier.'), article(null, body)], numbering);
  return { doc, key: listDraftArticles(doc)[1]?.key ?? 'none' };
}

describe('renderArticleBody and parseArticleBody', () => {
  it('reads paragraphs, points and subpoints, and shows them back the same (round trip)', () => {
    const { doc, key } = written(FRENCH_BODY);
    const [, second] = listDraftArticles(doc);
    expect(second?.children.map((child) => child.kind)).toEqual(['paragraph', 'paragraph']);
    expect(second?.children[0]?.children.map((child) => child.children.length)).toEqual([2, 0]);
    const rendered = renderArticleBody(doc, key);
    expect(rendered).toBe(FRENCH_BODY);
    const again = applyEdits(doc, [{ op: 'update', key, body: rendered }], 3);
    expect(again).toBe(doc);
    expect(renderArticleBody(again, key)).toBe(rendered);
  });

  it('turns the draft’s own article numbers into tokens, not other texts’', () => {
    const { doc } = written(FRENCH_BODY);
    const units = parseArticleBody(doc, "Les articles 1er et 2 ; l'article 30 du Code pénal.");
    expect(units[0]?.text).toBe(
      "Les articles {{art:n1}} et {{art:n3}} ; l'article 30 du Code pénal.",
    );
  });

  it('renumbers typed point markers and reads "i)" after "h)" as a point', () => {
    const letters = 'abcdefghi'.split('').map((letter) => `${letter}) point ${letter} ;`);
    const { doc, key } = written(['Sont punis :', ...letters].join('\n'));
    const [, second] = listDraftArticles(doc);
    expect(second?.children[0]?.children).toHaveLength(9);
    const mistyped = written('Sont punis :\na) le recrutement ;\nc) le transport.');
    expect(renderArticleBody(mistyped.doc, mistyped.key)).toBe(
      'Sont punis :\na) le recrutement ;\nb) le transport.',
    );
    expect(renderArticleBody(doc, key).split('\n').at(-1)).toBe('i) point i ;');
  });

  it('keeps the style of the first item typed: "1°" lists stay 1°, 2°… and renumber', () => {
    const body = 'Sont punis :\n1° le recrutement ;\n2° le transport ;\n3° l’hébergement.';
    const { doc, key } = written(body);
    expect(renderArticleBody(doc, key)).toBe(body);
    expect(findDraftNode(doc, key)?.children[0]?.itemStyle).toBe('degree');
    // Sent back untouched: nothing changes, not even a revision.
    expect(applyEdits(doc, [{ op: 'update', key, body }], 3)).toBe(doc);
    const shorter = applyEdits(
      doc,
      [{ op: 'update', key, body: 'Sont punis :\n1° le recrutement ;\n3° l’hébergement.' }],
      3,
    );
    expect(renderArticleBody(shorter, key)).toBe(
      'Sont punis :\n1° le recrutement ;\n2° l’hébergement.',
    );
  });

  it('renders and reads back every style the same (round trip), subpoints included', () => {
    const bodies = [
      'Sont punis :\n1° le recrutement :\n  a) par la force ;\n  b) par la ruse ;\n2° le transport.',
      'Sont punis :\n1) un ;\n2) deux.',
      'Sont punis :\n(a) un :\n  - sous ;\n  - autre ;\n(b) deux.',
      'Sont punis :\na. un ;\nb. deux.',
      'Sont punis :\n– un ;\n– deux.\nLa tentative est punie.',
      'Sont punis :\ni) un ;\nii) deux.',
      'Sont institués :\n(1) un comité ;\n(2) un fonds.\nLe comité est présidé…\n(2) La tentative…',
    ];
    for (const body of bodies) {
      const { doc, key } = written(body);
      const rendered = renderArticleBody(doc, key);
      expect(rendered, body).toBe(body);
      expect(applyEdits(doc, [{ op: 'update', key, body: rendered }], 3), body).toBe(doc);
    }
  });

  it('reads an item of another style under an item as a subpoint ("a)" under "1°")', () => {
    const { doc, key } = written('Sont punis :\n1° un :\na) sous ;\nb) autre ;\n2° deux.');
    const paragraph = findDraftNode(doc, key)?.children[0];
    expect(paragraph?.children.map((point) => point.children.length)).toEqual([2, 0]);
    expect(paragraph?.children[0]?.itemStyle).toBe('letter');
    expect(renderArticleBody(doc, key)).toBe(
      'Sont punis :\n1° un :\n  a) sous ;\n  b) autre ;\n2° deux.',
    );
  });

  it('keeps a typed "(1)" as words in article numbering and computes it in section numbering', () => {
    const french = written('(1) Est puni quiconque…\n(2) La tentative est punie.');
    expect(renderArticleBody(french.doc, french.key)).toBe(
      '(1) Est puni quiconque…\n(2) La tentative est punie.',
    );
    const english = written(
      '(1) A person who…\n(a) recruits;\n(b) transports.\n(3) An attempt…',
      'section',
    );
    expect(renderArticleBody(english.doc, english.key)).toBe(
      '(1) A person who…\n(a) recruits;\n(b) transports.\n(2) An attempt…',
    );
  });

  it('puts points typed before any paragraph into an unworded paragraph, and restarts at "a)"', () => {
    const { doc, key } = written('a) premier ;\nb) second.\na) autre liste.');
    const [, second] = listDraftArticles(doc);
    expect(second?.children.map((child) => [child.text, child.children.length])).toEqual([
      ['', 2],
      ['', 1],
    ]);
    expect(renderArticleBody(doc, key)).toBe('a) premier ;\nb) second.\na) autre liste.');
  });

  it('is empty for a unit that is not an article', () => {
    const { doc } = written('Texte.');
    expect(renderArticleBody(doc, 'n2')).toBe('');
    expect(renderArticleBody(doc, 'n99')).toBe('');
  });
});
