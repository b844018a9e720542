import { describe, expect, it } from 'vitest';
import { listArticles } from '../model/legal-document.js';
import { parseLaw } from './parse-law.js';

describe('parseLaw', () => {
  it('gives eIds, spans and metadata to a short French law', () => {
    const { document, diagnostics } = parseLaw(
      'Loi n°2005-015 du 29 décembre 2005\n\nArticle 1er : Objet.\nArticle 2 : Champ.',
    );
    expect(listArticles(document).map((article) => [article.eId, article.span?.startLine])).toEqual(
      [
        ['art_1', 3],
        ['art_2', 4],
      ],
    );
    expect(document.meta).toMatchObject({ language: 'fr', number: '2005-015', date: '2005-12-29' });
    expect(diagnostics).toEqual([]);
  });

  it('lets the caller’s metadata win over what the text says', () => {
    const { document } = parseLaw('Loi n°2005-015 du 29 décembre 2005\nArticle 1er : Objet.', {
      meta: { country: 'cm', number: '2005/15', date: '' },
    });
    expect(document.meta).toMatchObject({ country: 'cm', number: '2005/15', date: '2005-12-29' });
  });

  it('keeps the text of a last article with a heading that reads like the executory formula', () => {
    const { document } = parseLaw(
      [
        'Article 1er : Objet',
        'La présente loi réprime la traite.',
        'Article 2 : Publication',
        'La présente loi sera enregistrée et publiée au Journal officiel.',
        'Yaoundé, le 12 décembre 2026',
      ].join('\n\n'),
    );
    expect(listArticles(document).map((article) => [article.heading, article.text])).toEqual([
      ['Objet', 'La présente loi réprime la traite.'],
      ['Publication', 'La présente loi sera enregistrée et publiée au Journal officiel.'],
    ]);
    expect(document.conclusions).toEqual(['Yaoundé, le 12 décembre 2026']);
  });

  it('uses the language it is given instead of guessing', () => {
    const { document } = parseLaw('Article 1: The Law applies.', { language: 'fr' });
    expect(document.meta.language).toBe('fr');
    expect(listArticles(document)).toHaveLength(1);
  });

  it('reads marginal notes printed after the number or after the first line of a section', () => {
    const act = [
      'BE IT ENACTED by Parliament.',
      '',
      '1.',
      'Short title',
      'This Act may be cited as the X Act.',
      '',
      '2. This Act binds the State.',
      'Application to the State.',
      '',
      '3. The Minister may make rules.',
      'The rules shall be published.',
    ].join('\n');
    const sections = listArticles(parseLaw(act).document);
    expect(sections.map((section) => `${section.num}|${section.heading}|${section.text}`)).toEqual([
      '1|Short title|This Act may be cited as the X Act.',
      '2|Application to the State|This Act binds the State.',
      '3||The Minister may make rules. The rules shall be published.',
    ]);
  });

  it('turns an empty text into an empty document with an error', () => {
    const { document, diagnostics } = parseLaw('  \n\f\n');
    expect(document.body).toEqual([]);
    expect(diagnostics.map((entry) => [entry.code, entry.severity])).toEqual([
      ['empty-document', 'error'],
    ]);
  });

  it('turns binary garbage into a document without articles, and says so', () => {
    const garbage = Array.from({ length: 5000 }, (_, index) =>
      String.fromCharCode((index * 7919) % 65536),
    ).join('');
    const { document, diagnostics } = parseLaw(garbage);
    expect(listArticles(document)).toEqual([]);
    expect(diagnostics.map((entry) => entry.code)).toContain('no-articles');
  });

  it('numbers unnumbered markdown headings by position, once warned', () => {
    const markdown =
      '# AN ACT\n\nIt is hereby enacted as follows:\n\n# Short title\n\nThis Act may be cited as the X Act.\n\n# Definitions\n\nIn this Act, "child" means a person under eighteen.';
    const { document, diagnostics } = parseLaw(markdown, { format: 'markdown' });
    expect(listArticles(document).map((section) => `${section.num} ${section.heading}`)).toEqual([
      '1 Short title',
      '2 Definitions',
    ]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'numbering-inferred', line: 5, severity: 'warning' }),
    ]);
  });

  it.each([
    ['a line of ten thousand colons', ':'.repeat(10_000)],
    ['nested markers', '(a) (i) 1° a) - '.repeat(2_000)],
    ['a word broken over many lines', 'mot-\n'.repeat(5_000)],
    ['a thousand copies of the same article', 'Article 1 :\n'.repeat(1_000)],
    ['a table of contents that never ends', `SOMMAIRE\n${'Article 1\n'.repeat(1_000)}`],
    ['lone surrogates and control characters', '\ud800\u0000\u0007Article 1 : \udfff'],
  ])('does not throw on %s', (_, text) => {
    const { document, diagnostics } = parseLaw(text);
    expect(document.meta.language).toMatch(/^(fr|en)$/);
    expect(
      diagnostics.every((entry) => entry.code !== 'garbled-text' || entry.severity !== 'error'),
    ).toBe(true);
  });

  it('reports a thousand duplicates as a hundred warnings and one summary', () => {
    const { document, diagnostics } = parseLaw('Article 1 :\n'.repeat(1_000));
    expect(listArticles(document)).toHaveLength(1_000);
    expect(diagnostics).toHaveLength(101);
    expect(diagnostics.at(-1)?.message).toBe('899 more like this not listed');
  });
});

describe('parseLaw: marginal notes in texts without blank lines', () => {
  it('reads a note printed between two sections as the heading of the second', () => {
    const text = [
      'THE TEST ACT, 2019',
      'PART I - PRELIMINARY',
      'Short title',
      '1. This Act may be cited as the Test Act, 2019.',
      'Interpretation',
      '2. In this Act, unless the context otherwise requires -',
      '"migrant" means a person who is not a citizen;',
      'Non-liability of migrants',
      '3. A migrant shall not be liable to prosecution for having been the object of smuggling.',
    ].join('\n');
    const { document } = parseLaw(text, { language: 'en' });
    expect(listArticles(document).map((article) => article.heading)).toEqual([
      'Short title',
      'Interpretation',
      'Non-liability of migrants',
    ]);
  });
});
