import { describe, expect, it } from 'vitest';
import { evaluate, figuresOf, emptyCounts } from './evaluate.js';
import type { Candidate, ElementResult, Finding, SuggestedStatus } from './finding.js';
import type { Gold } from './gold.js';

function candidate(num: string, score: number): Candidate {
  return {
    provision: { document: 0, eId: `art_${num}`, num, label: `Article ${num}` },
    score,
    implements: true,
    evidence: [],
    elements: [],
  };
}

function element(id: string, present: boolean): ElementResult {
  return { id, label: { en: id, fr: id }, required: true, present };
}

function finding(
  id: string,
  status: SuggestedStatus,
  rest: { nums: readonly string[]; elements?: readonly ElementResult[] },
): Finding {
  return {
    obligationId: id,
    status,
    candidates: rest.nums.map((num, index) => candidate(num, 1 - index / 10)),
    elements: rest.elements ?? [],
    lookAlikes: [],
    conflicts: [],
    explanation: '',
  };
}

const findings: Finding[] = [
  // Gold 1er and 3: 1er first, 3 fourth (outside the top three).
  finding('TIP.3.a', 'partial', {
    nums: ['1er', '5', '6', '3'],
    elements: [
      element('TIP.3.a#act.recruitment', true),
      element('TIP.3.a#means.vulnerability', true),
    ],
  }),
  // Gold 10: found second, so not top-1.
  finding('TIP.5.1', 'aligned', { nums: ['9', '10'] }),
  // Gold missing, engine partial with a candidate: status wrong, no provision to find.
  finding('TIP.6.1', 'partial', { nums: ['20'] }),
  finding('SOM.6.1.b.i', 'missing', { nums: [] }),
  finding('SOM.6.1.b.ii', 'aligned', { nums: ['7'] }),
];

const gold: Gold = {
  law: 'x.txt',
  obligations: [
    {
      id: 'TIP.3.a',
      status: 'partial',
      provisions: ['1', '3'],
      elements: {
        present: ['TIP.3.a#act.recruitment', 'TIP.3.a#act.transfer'],
        absent: ['TIP.3.a#means.vulnerability'],
      },
    },
    { id: 'TIP.5.1', status: 'aligned', provisions: ['10'] },
    { id: 'TIP.6.1', status: 'missing', provisions: [] },
    { id: 'SOM.6.1.b', status: 'partial', provisions: ['7'] },
    { id: 'XX.1', status: 'missing', provisions: [] },
  ],
};

const descendants = (id: string): string[] =>
  id === 'SOM.6.1.b'
    ? ['SOM.6.1.b.i', 'SOM.6.1.b.ii']
    : findings.some((f) => f.obligationId === id)
      ? [id]
      : [];

describe('evaluate', () => {
  const result = evaluate(gold, findings, descendants);

  it('counts a gold provision as recalled when it is among the first three candidates', () => {
    // 1er (=1), 10, 7 found; 3 is fourth.
    expect(result.counts).toMatchObject({ provisions: 4, provisionsFound: 3 });
    expect(result.figures.recall_at_3).toBe(0.75);
    expect(result.comparisons.find((c) => c.id === 'TIP.3.a')?.missed).toEqual(['3']);
  });

  it('counts top-1 only where the gold gives provisions and the engine has a candidate', () => {
    // TIP.3.a and SOM.6.1.b hit, TIP.5.1 misses; TIP.6.1 has no gold provision.
    expect(result.counts).toMatchObject({ top1Total: 3, top1Hits: 2 });
    expect(result.figures.top1_precision).toBe(0.6667);
  });

  it('compares statuses, rolling coarser gold IDs up from their parts', () => {
    expect(result.comparisons.find((c) => c.id === 'SOM.6.1.b')?.status).toBe('partial');
    expect(result.counts).toMatchObject({ statusTotal: 4, statusHits: 3 });
    expect(result.figures.status_accuracy).toBe(0.75);
  });

  it('scores elements against the present and absent lists', () => {
    // TP recruitment; FN transfer; FP vulnerability: precision 0.5, recall 0.5.
    expect(result.counts).toMatchObject({ truePositives: 1, falseNegatives: 1, falsePositives: 1 });
    expect(result.figures.element_f1).toBe(0.5);
  });

  it('lists the gold IDs the catalogue does not know instead of counting them', () => {
    expect(result.unknown).toEqual(['XX.1']);
    expect(result.comparisons).toHaveLength(4);
  });
});

describe('figuresOf', () => {
  it('gives null, not zero, for a figure with nothing to measure', () => {
    expect(figuresOf(emptyCounts())).toEqual({
      recall_at_3: null,
      top1_precision: null,
      status_accuracy: null,
      element_f1: null,
    });
  });
});
