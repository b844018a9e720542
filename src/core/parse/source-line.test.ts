import { describe, expect, it } from 'vitest';
import { readMarkdownLines } from './markdown-lines.js';
import { splitSourceLines } from './source-line.js';

describe('splitSourceLines', () => {
  it('numbers lines from 1 and pages from form feeds, keeping blank lines', () => {
    const lines = splitSourceLines('a\r\n\n  b\fc\n\fd');
    expect(lines.map((line) => [line.text, line.line, line.page, line.indent ?? 0])).toEqual([
      ['a', 1, 1, 0],
      ['', 2, 1, 0],
      ['b', 3, 1, 2],
      ['c', 3, 2, 0],
      ['', 4, 2, 0],
      ['d', 4, 3, 0],
    ]);
  });

  it('collapses runs of spaces and no-break spaces', () => {
    expect(splitSourceLines('A N  A Ct\u00a0\u00a0To')[0]?.text).toBe('A N A Ct To');
  });
});

describe('readMarkdownLines', () => {
  it('flags headings and bullets and drops bold markers', () => {
    const lines = readMarkdownLines(
      splitSourceLines('# Definitions\n- "child" means\nNo. **16** of **2006**\n#hashtag'),
    );
    expect(
      lines.map((line) => [line.text, line.markdownHeading === true, line.bullet === true]),
    ).toEqual([
      ['Definitions', true, false],
      ['"child" means', false, true],
      ['No. 16 of 2006', false, false],
      ['#hashtag', false, false],
    ]);
  });
});
