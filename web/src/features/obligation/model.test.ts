import { describe, expect, it } from 'vitest';
import type { FindingDetail } from '../../../../src/contract/findings.js';
import {
  describeChanges,
  evidenceIn,
  firstProvision,
  highlightSegments,
  mergeHistory,
  textOf,
} from './model.js';

const evidence = (start: number, end: number, term = 'w') => ({
  term,
  start,
  end,
  text: '',
});

describe('highlightSegments', () => {
  const text = 'Est puni quiconque recrute une personne.';

  it('marks the evidence and keeps the rest around it', () => {
    expect(highlightSegments(text, [evidence(19, 26, 'recruter')])).toEqual([
      { text: 'Est puni quiconque ', marked: false, terms: [] },
      { text: 'recrute', marked: true, terms: ['recruter'] },
      { text: ' une personne.', marked: false, terms: [] },
    ]);
  });

  it('merges overlapping spans, in any order, and keeps their terms', () => {
    const segments = highlightSegments(text, [evidence(27, 39, 'b'), evidence(19, 30, 'a')]);
    expect(segments.filter((s) => s.marked)).toEqual([
      { text: 'recrute une personne', marked: true, terms: ['a', 'b'] },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('clips spans outside the text and drops empty ones', () => {
    const segments = highlightSegments('abc', [evidence(2, 99), evidence(-5, 0), evidence(1, 1)]);
    expect(segments).toEqual([
      { text: 'ab', marked: false, terms: [] },
      { text: 'c', marked: true, terms: ['w'] },
    ]);
  });

  it('gives the whole text unmarked when there is no evidence', () => {
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', marked: false, terms: [] }]);
    expect(highlightSegments('', [])).toEqual([{ text: '', marked: false, terms: [] }]);
  });
});

const link = (eId: string) => ({ lawId: 'l1', eId, label: eId });

const detail = {
  candidates: [
    {
      ...link('art_2'),
      score: 0.9,
      implements: true,
      evidence: [evidence(0, 3, 'a')],
      elements: [],
      decision: 'rejected',
    },
    {
      ...link('art_3'),
      score: 0.5,
      implements: true,
      evidence: [evidence(4, 6, 'b')],
      elements: [],
      decision: 'proposed',
    },
  ],
  lookAlikes: [],
  conflicts: [],
  elements: [
    {
      id: 'TIP.3.a#act.recruitment',
      label: { en: 'recruitment', fr: 'recrutement' },
      required: true,
      present: true,
      provision: link('art_3'),
      evidence: evidence(10, 12, 'c'),
    },
  ],
  texts: [{ ...link('art_3'), heading: '', text: 'abcdefghijklmnop' }],
} as unknown as FindingDetail;

describe('provision helpers', () => {
  it('finds the text and gathers the evidence of one provision', () => {
    expect(textOf(detail, link('art_3'))?.text).toBe('abcdefghijklmnop');
    expect(textOf(detail, link('art_9'))).toBeUndefined();
    expect(evidenceIn(detail, link('art_3')).map((item) => item.term)).toEqual(['b', 'c']);
  });

  it('starts with the first candidate not rejected', () => {
    expect(firstProvision(detail)).toBe('l1/art_3');
  });
});

describe('describeChanges', () => {
  it('lists the fields that changed, without bookkeeping', () => {
    expect(
      describeChanges(
        { status: 'partial', reason: '', version: 2, confirmedBy: null },
        { status: 'aligned', reason: 'art. 7 covers it', version: 3, confirmedBy: null },
      ),
    ).toEqual([
      { field: 'status', before: 'partial', after: 'aligned' },
      { field: 'reason', before: '—', after: 'art. 7 covers it' },
    ]);
  });

  it('names a person by name and writes a plain value on one line', () => {
    expect(describeChanges(null, { confirmedBy: { id: 'u1', name: 'Awa' } })).toEqual([
      { field: 'confirmedBy', before: '—', after: 'Awa' },
    ]);
    expect(describeChanges('proposed', 'accepted')).toEqual([
      { field: '', before: 'proposed', after: 'accepted' },
    ]);
    expect(describeChanges(null, null)).toEqual([]);
  });
});

describe('history', () => {
  it('writes a list of decisions on one line', () => {
    expect(
      describeChanges(
        { mappings: [] },
        { mappings: ['Article 3: accepted', 'Article 7: rejected'] },
      ),
    ).toEqual([
      { field: 'mappings', before: '—', after: 'Article 3: accepted, Article 7: rejected' },
    ]);
  });

  it('merges the finding and mapping logs, newest first', () => {
    const merged = mergeHistory(
      [
        { id: 1, at: '2024-01-01T10:00:00Z' },
        { id: 4, at: '2024-01-03T10:00:00Z' },
      ],
      [{ id: 2, at: '2024-01-02T10:00:00Z' }],
    );
    expect(merged.map((event) => event.id)).toEqual([4, 2, 1]);
  });
});
