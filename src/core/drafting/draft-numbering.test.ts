import { describe, expect, it } from 'vitest';
import type { DraftDocument, DraftEdit } from './draft-document.js';
import { numberDraft } from './draft-numbering.js';
import { listDraftArticles, walkDraft } from './draft-tree.js';
import { applyEdits, article, division, draftWith } from './testing/draft-builder.js';

/** The key of the unit with this heading. */
function keyOf(doc: DraftDocument, heading: string): string {
  for (const node of walkDraft(doc.body)) if (node.heading === heading) return node.key;
  throw new Error(`no unit headed ${heading}`);
}

/** Every article and division's label, in document order, as "label heading". */
function outline(doc: DraftDocument): string[] {
  const numbers = numberDraft(doc);
  return [...walkDraft(doc.body)]
    .filter((node) => node.heading !== '')
    .map((node) => `${numbers.get(node.key)?.label ?? '?'} ${node.heading}`);
}

/**
 * Title T1 { Chapter C1 { A1, A2 }, Chapter C2 { Section S1 { A3 } } },
 * Title T2 { Chapter C3 { A4 } }, then A5 at the top.
 */
function sample(
  language: 'fr' | 'en',
  numbering: 'article' | 'section' = 'article',
): DraftDocument {
  let doc = draftWith(language, [division(null, 'title', 'T1')], numbering);
  const step = (edit: (current: DraftDocument) => DraftEdit): void => {
    doc = applyEdits(doc, [edit(doc)], 100 + doc.nextKey);
  };
  step((d) => division(keyOf(d, 'T1'), 'chapter', 'C1'));
  step((d) => article(keyOf(d, 'C1'), 'Premier alinéa.', 'A1'));
  step((d) => article(keyOf(d, 'C1'), 'Deuxième article.', 'A2'));
  step((d) => division(keyOf(d, 'T1'), 'chapter', 'C2'));
  step((d) => division(keyOf(d, 'C2'), 'section', 'S1'));
  step((d) => article(keyOf(d, 'S1'), 'Troisième.', 'A3'));
  step(() => division(null, 'title', 'T2'));
  step((d) => division(keyOf(d, 'T2'), 'chapter', 'C3'));
  step((d) => article(keyOf(d, 'C3'), 'Quatrième.', 'A4'));
  step(() => article(null, 'Cinquième.', 'A5'));
  return doc;
}

describe('numberDraft', () => {
  it('numbers articles continuously through divisions and restarts chapters in each title (French)', () => {
    expect(outline(sample('fr'))).toEqual([
      'Titre I T1',
      'Chapitre I C1',
      'Article 1er A1',
      'Article 2 A2',
      'Chapitre II C2',
      'Section 1 S1',
      'Article 3 A3',
      'Titre II T2',
      'Chapitre I C3',
      'Article 4 A4',
      'Article 5 A5',
    ]);
  });

  it('labels in English, and as a Commonwealth act in section numbering', () => {
    expect(outline(sample('en')).slice(0, 4)).toEqual([
      'Title I T1',
      'Chapter I C1',
      'Article 1 A1',
      'Article 2 A2',
    ]);
    expect(outline(sample('en', 'section'))).toContain('Section 5 A5');
    expect(outline(sample('en', 'section'))).toContain('Part II T2');
    expect(outline(sample('en', 'section'))).toContain('Subpart 1 S1');
  });

  it('numbers points a), b) and subpoints i), ii) in French, (a) and (i) in English', () => {
    const body =
      'Est puni :\na) le recrutement ;\n  i) par la force ;\n  ii) par la ruse ;\nb) le transport.';
    const english = body.replace(/^(\s*)([a-z]+)\)/gm, '$1($2)');
    const fr = draftWith('fr', [article(null, body)]);
    const en = draftWith('en', [article(null, english)]);
    // The languages' own markers are their defaults: nothing is stored on the lists.
    expect([...walkDraft(fr.body), ...walkDraft(en.body)].map((node) => node.itemStyle)).toEqual(
      Array.from({ length: 12 }, () => undefined),
    );
    const nums = (doc: DraftDocument): string[] => {
      const numbers = numberDraft(doc);
      return [...walkDraft(doc.body)].map((node) => numbers.get(node.key)?.num ?? '?');
    };
    expect(nums(fr)).toEqual(['1er', '', 'a)', 'i)', 'ii)', 'b)']);
    expect(nums(en)).toEqual(['1', '', '(a)', '(i)', '(ii)', '(b)']);
  });

  it('numbers items in the style their list records, whatever the language', () => {
    const nums = (doc: DraftDocument): string[] => {
      const numbers = numberDraft(doc);
      return [...walkDraft(doc.body)]
        .filter((node) => node.kind === 'point' || node.kind === 'subpoint')
        .map((node) => numbers.get(node.key)?.num ?? '?');
    };
    const lists: [string, string[]][] = [
      ['1° un ;\n7° deux ;\n2° trois.', ['1°', '2°', '3°']],
      ['1) un ;\n5) deux.', ['1)', '2)']],
      ['(a) un ;\n(z) deux.', ['(a)', '(b)']],
      ['a. un ;\nb. deux.', ['a.', 'b.']],
      ['- un ;\n- deux.', ['-', '-']],
      ['– un ;\n– deux.', ['–', '–']],
      ['i) un ;\nii) deux ;\niii) trois.', ['i)', 'ii)', 'iii)']],
      ['1° un :\n  (i) sous ;\n  (i) sous ;\n2° deux.', ['1°', '(i)', '(ii)', '2°']],
      ['1° un :\na) sous-point ;\nb) autre ;\n2° deux.', ['1°', 'a)', 'b)', '2°']],
    ];
    for (const [items, expected] of lists) {
      const fr = draftWith('fr', [article(null, `Sont punis :\n${items}`)]);
      const en = draftWith('en', [article(null, `Sont punis :\n${items}`)]);
      expect(nums(fr), items).toEqual(expected);
      expect(nums(en), items).toEqual(expected);
    }
  });

  it('numbers paragraphs (1), (2) in section numbering only, and only when there are several', () => {
    const body = 'First subsection.\nSecond subsection.';
    const numbers = (doc: DraftDocument): string[] => {
      const computed = numberDraft(doc);
      const [first] = listDraftArticles(doc);
      return (first?.children ?? []).map((child) => computed.get(child.key)?.num ?? '?');
    };
    expect(numbers(draftWith('en', [article(null, body)], 'section'))).toEqual(['(1)', '(2)']);
    expect(numbers(draftWith('en', [article(null, body)]))).toEqual(['', '']);
    // A section of one subsection bears no "(1)".
    expect(numbers(draftWith('en', [article(null, 'Only words.')], 'section'))).toEqual(['']);
  });
});

describe('renumbering after edits', () => {
  const labelsOf = (doc: DraftDocument): string[] =>
    outline(doc).filter((line) => / A\d$/.test(line));

  it('renumbers every following article after an insert', () => {
    const doc = sample('fr');
    const inserted = applyEdits(
      doc,
      [
        {
          op: 'insert',
          parentKey: keyOf(doc, 'C1'),
          index: 1,
          kind: 'article',
          heading: 'New',
          body: 'Nouveau.',
        },
      ],
      500,
    );
    expect(outline(inserted).slice(2, 5)).toEqual([
      'Article 1er A1',
      'Article 2 New',
      'Article 3 A2',
    ]);
    expect(labelsOf(inserted).at(-1)).toBe('Article 6 A5');
  });

  it('renumbers after a delete: the next article becomes "1er", the next chapter "I"', () => {
    const doc = sample('fr');
    const withoutA1 = applyEdits(doc, [{ op: 'delete', key: keyOf(doc, 'A1') }], 500);
    expect(labelsOf(withoutA1)[0]).toBe('Article 1er A2');
    const withoutC1 = applyEdits(doc, [{ op: 'delete', key: keyOf(doc, 'C1') }], 500);
    expect(outline(withoutC1).slice(0, 4)).toEqual([
      'Titre I T1',
      'Chapitre I C2',
      'Section 1 S1',
      'Article 1er A3',
    ]);
  });

  it('renumbers after a move across divisions', () => {
    const doc = sample('fr');
    const moved = applyEdits(
      doc,
      [{ op: 'move', key: keyOf(doc, 'A4'), parentKey: keyOf(doc, 'C1'), index: 0 }],
      500,
    );
    expect(labelsOf(moved)).toEqual([
      'Article 1er A4',
      'Article 2 A1',
      'Article 3 A2',
      'Article 4 A3',
      'Article 5 A5',
    ]);
  });
});
