import { describe, expect, it } from 'vitest';
import type { ContentLine } from './article-content.js';
import { buildArticleContent } from './article-content.js';

const lines = (...texts: string[]): ContentLine[] =>
  texts.map((text, index) => ({ text, line: index + 1, page: 1, bullet: false }));

describe('buildArticleContent', () => {
  it('keeps a single alinéa as the article text and its items as points', () => {
    const content = buildArticleContent(
      lines('Sont punis :', '1° les auteurs ;', '2° les complices.'),
      'article',
    );
    expect(content.text).toBe('Sont punis :');
    expect(content.children.map((child) => `${child.kind} ${child.num} ${child.text}`)).toEqual([
      'point 1° les auteurs ;',
      'point 2° les complices.',
    ]);
  });

  it('makes each alinéa a paragraph when there are several, items under the alinéa before them', () => {
    const content = buildArticleContent(
      lines(
        'Premier alinéa.',
        'Elles encourent :',
        'a) une amende ;',
        'b) la fermeture.',
        'Dernier alinéa.',
      ),
      'article',
    );
    expect(content.text).toBe('');
    expect(content.children.map((child) => child.children.length)).toEqual([0, 2, 0]);
    expect(content.children[1]?.children[1]?.span).toEqual({ startLine: 4, endLine: 4, page: 1 });
  });

  it('glues hard-wrapped lines back into their alinéa', () => {
    const content = buildArticleContent(
      lines('Est puni quiconque recrute', 'ou transporte une personne.'),
      'article',
    );
    expect(content).toEqual({
      text: 'Est puni quiconque recrute ou transporte une personne.',
      children: [],
      wrapUp: '',
    });
  });

  it('builds Commonwealth subsections, paragraphs, sub-paragraphs and wrap-up words', () => {
    const content = buildArticleContent(
      lines(
        '(1) A person who—',
        '(a) makes a document;',
        '(b) possesses a document—',
        '(i) knowing it to be false; or',
        '(ii) intending to use it,',
        'commits an offence.',
        '(2) A person who…',
      ),
      'section',
    );
    const [first, second] = content.children;
    expect(first?.children.map((child) => child.num)).toEqual(['(a)', '(b)']);
    expect(first?.children[1]?.children.map((child) => `${child.kind} ${child.num}`)).toEqual([
      'subpoint (i)',
      'subpoint (ii)',
    ]);
    expect(first?.wrapUp).toBe('commits an offence.');
    expect(second?.num).toBe('(2)');
  });

  it('makes quoted definitions unnumbered points of the section', () => {
    const content = buildArticleContent(
      lines(
        'In this Act—',
        '"child" means a person under eighteen;',
        '“Minister” includes a deputy.',
      ),
      'section',
    );
    expect(content.text).toBe('In this Act—');
    expect(content.children.map((child) => `${child.kind}:${child.num}:${child.text}`)).toEqual([
      'point::"child" means a person under eighteen;',
      'point::“Minister” includes a deputy.',
    ]);
  });

  it('reads "(i)" after "(h)" as the next letter', () => {
    const content = buildArticleContent(lines('Where—', '(h) one;', '(i) two.'), 'section');
    expect(content.children.map((child) => `${child.kind} ${child.num}`)).toEqual([
      'point (h)',
      'point (i)',
    ]);
  });
});
