import { describe, expect, it } from 'vitest';
import { isPageNumber, removePageFurniture } from './page-furniture.js';
import { splitSourceLines } from './source-line.js';

describe('isPageNumber', () => {
  it.each(['12', '- 12 -', '— 3 —', 'Page 3 of 10', 'page 4 sur 12', '3/10', '[7]'])(
    'sees %j as a page number',
    (line) => expect(isPageNumber(line)).toBe(true),
  );
  it.each(['12 mois', 'Article 12', '1°', '2012-023', ''])('sees %j as text', (line) =>
    expect(isPageNumber(line)).toBe(false),
  );
});

describe('removePageFurniture', () => {
  const page = (number: number, body: string): string =>
    `JOURNAL OFFICIEL DE LA REPUBLIQUE DU MALI\n\n${body}\n\n- ${number} -`;

  it('drops the running header and page numbers repeated at the edge of each page', () => {
    const text = [
      page(7, 'Article 1er : Texte.'),
      page(8, 'Article 2 : Texte.'),
      page(9, 'Fin.'),
    ].join('\n\f');
    const { lines, diagnostics } = removePageFurniture(splitSourceLines(text));
    expect(lines.map((line) => line.text).filter((line) => line !== '')).toEqual([
      'Article 1er : Texte.',
      'Article 2 : Texte.',
      'Fin.',
    ]);
    expect(diagnostics.map((entry) => [entry.message, entry.line])).toEqual([
      ['Running header or footer "JOURNAL OFFICIEL DE LA REPUBLIQUE DU MALI" removed 3 time(s)', 1],
      ['3 page number line(s) removed', 5],
    ]);
  });

  it('recognises a header whose date OCR garbled differently on each page', () => {
    const text = [
      'THE GAZETTE OF PAKISTAN EXTRA, JUNE 2018',
      'text one',
      'THE GAZETTE OF PAKISTAN, EXTRA. JUNE 2 2018',
      'text two',
      'THE GAZETTE OF PAKISTAN EXTRA_JUNE 2 2048',
      'text three',
    ].join('\n');
    const { lines } = removePageFurniture(splitSourceLines(text));
    expect(lines.map((line) => line.text)).toEqual(['text one', 'text two', 'text three']);
  });

  it('never removes a heading, even one printed on every page', () => {
    const text = [
      'CHAPITRE I : DISPOSITIONS GÉNÉRALES',
      'a',
      'CHAPITRE I : DISPOSITIONS GÉNÉRALES',
      'b',
    ];
    const { lines } = removePageFurniture(splitSourceLines([...text, ...text].join('\n')));
    expect(lines).toHaveLength(8);
  });

  it('keeps a capitals line printed only twice when the text has no page breaks', () => {
    const { lines, diagnostics } = removePageFurniture(
      splitSourceLines('DISPOSITIONS FINALES\ntexte\nDISPOSITIONS FINALES'),
    );
    expect(lines).toHaveLength(3);
    expect(diagnostics).toEqual([]);
  });
});
