import { describe, expect, it } from 'vitest';
import { splitInlineSubdivisions } from './inline-subdivisions.js';

const shape = (content: string): unknown =>
  JSON.parse(
    JSON.stringify(splitInlineSubdivisions(content), (key, value: unknown) =>
      ['eId', 'heading', 'wrapUp'].includes(key) ? undefined : value,
    ),
  );

describe('splitInlineSubdivisions', () => {
  it('rebuilds subsections, paragraphs and sub-paragraphs from flattened wording', () => {
    const result = splitInlineSubdivisions(
      '(1) A person who— (a) recruits; or (b) transports— (i) a child; or (ii) a woman, commits an offence. (2) A person convicted under subsection (1) is liable to imprisonment. (2A) Inserted words.',
    );
    expect(result.children.map((child) => child.num)).toEqual(['(1)', '(2)', '(2A)']);
    expect(result.children[0]?.children.map((child) => child.num)).toEqual(['(a)', '(b)']);
    expect(
      result.children[0]?.children[1]?.children.map((child) => [child.kind, child.num]),
    ).toEqual([
      ['subpoint', '(i)'],
      ['subpoint', '(ii)'],
    ]);
    expect(result.children[1]?.text).toBe(
      'A person convicted under subsection (1) is liable to imprisonment.',
    );
  });

  it('reads (i) after (h) as the ninth letter, not a roman numeral', () => {
    const result = splitInlineSubdivisions(
      'Exploitation includes— (a) a; (b) b; (c) c; (d) d; (e) e; (f) f; (g) g; (h) h; (i) i; and (j) j.',
    );
    expect(result.text).toBe('Exploitation includes—');
    expect(result.children.map((child) => child.num).join('')).toBe(
      '(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)',
    );
    expect(result.children.every((child) => child.kind === 'point')).toBe(true);
  });

  it('leaves references and out-of-sequence numbers in the text', () => {
    expect(shape('See section 3 (2) and subsection (4) of the Act.')).toEqual({
      text: 'See section 3 (2) and subsection (4) of the Act.',
      children: [],
    });
  });
});
