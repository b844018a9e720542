import { describe, expect, it } from 'vitest';
import { splitSourceLines } from './source-line.js';
import { skipTableOfContents } from './table-of-contents.js';

const texts = (text: string): string[] =>
  skipTableOfContents(splitSourceLines(text)).lines.map((line) => line.text);

describe('skipTableOfContents', () => {
  it('drops an arrangement of sections up to the long title', () => {
    const text =
      'ARRANGEMENT OF SECTIONS\n1. Short title\n2. Interpretation\n\nAN ACT to provide for…\n1. This Act may be cited…';
    expect(texts(text)).toEqual(['AN ACT to provide for…', '1. This Act may be cited…']);
  });

  it('keeps the law when the heading has no table under it, only the text itself', () => {
    const text =
      'ARRANGEMENT OF SECTIONS\nPART I—PRELIMINARY\nShort title\n1. This Act may be cited as the Counter-Trafficking Act, 2022.';
    expect(texts(text)).toEqual([
      'PART I—PRELIMINARY',
      'Short title',
      '1. This Act may be cited as the Counter-Trafficking Act, 2022.',
    ]);
  });

  it('ends a table at the first quoted definition', () => {
    const text =
      'CONTENTS\n1. Short title\n2. Interpretation\n3. Offences\n4. Penalties\n“child” means a person below the age of eighteen years;';
    expect(texts(text)).toEqual(['“child” means a person below the age of eighteen years;']);
  });

  it('ends a French table where its first entry is printed again as a heading', () => {
    const text =
      'SOMMAIRE\nTITRE I : DISPOSITIONS GÉNÉRALES\nTITRE II : DES INFRACTIONS\n\nTITRE I : DISPOSITIONS GÉNÉRALES\nArticle 1er : Objet.';
    expect(texts(text)).toEqual(['TITRE I : DISPOSITIONS GÉNÉRALES', 'Article 1er : Objet.']);
  });

  it('reports the table with its line and number of entries', () => {
    const { diagnostics } = skipTableOfContents(
      splitSourceLines('Loi\nTABLE DES MATIÈRES\nArticle 1\nArticle 2\nVu la Constitution ;'),
    );
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'toc-skipped',
        line: 2,
        message: 'Table of contents "TABLE DES MATIÈRES" skipped (2 entries)',
      }),
    ]);
  });

  it('leaves a text without a table untouched', () => {
    expect(texts('Article 1 : Contents of the register.')).toEqual([
      'Article 1 : Contents of the register.',
    ]);
  });
});
