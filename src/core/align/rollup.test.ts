import { describe, expect, it } from 'vitest';
import type { Candidate, Finding, SuggestedStatus } from './finding.js';
import { rollUp } from './rollup.js';

function candidate(num: string, score: number, implementing = true): Candidate {
  return {
    provision: { document: 0, eId: `sec_${num}`, num, label: `Section ${num}` },
    score,
    implements: implementing,
    evidence: [],
    elements: [],
  };
}

function finding(id: string, status: SuggestedStatus, candidates: Candidate[] = []): Finding {
  return {
    obligationId: id,
    status,
    candidates,
    elements: [],
    lookAlikes: [],
    conflicts: [],
    explanation: `${id} ${status}.`,
  };
}

describe('rollUp', () => {
  it('is aligned when every part is aligned', () => {
    const parts = [finding('TIP.6.3.a', 'aligned'), finding('TIP.6.3.b', 'aligned')];
    expect(rollUp('TIP.6.3', parts)?.status).toBe('aligned');
  });

  it('is missing when every part is missing', () => {
    const parts = [finding('TIP.6.3.a', 'missing'), finding('TIP.6.3.b', 'missing')];
    expect(rollUp('TIP.6.3', parts)?.status).toBe('missing');
  });

  it('is partial when the parts differ, or when one is partial', () => {
    expect(
      rollUp('TIP.6.3', [finding('TIP.6.3.a', 'aligned'), finding('TIP.6.3.b', 'missing')])?.status,
    ).toBe('partial');
    expect(rollUp('TIP.6.3', [finding('TIP.6.3.a', 'partial')])?.status).toBe('partial');
  });

  it('ignores parts that are not applicable, and is undefined with no part', () => {
    const parts = [finding('UNTOC.16.1', 'aligned'), finding('UNTOC.16.2', 'not_applicable')];
    expect(rollUp('UNTOC.16', parts)?.status).toBe('aligned');
    expect(rollUp('UNTOC.16', [])).toBeUndefined();
  });

  it('merges candidates once per provision, implementing ones first, then by score', () => {
    const rolled = rollUp('TIP.6.3', [
      finding('TIP.6.3.a', 'aligned', [candidate('20', 0.9, false), candidate('21', 0.5)]),
      finding('TIP.6.3.b', 'partial', [candidate('21', 0.7), candidate('22', 0.6)]),
    ]);
    expect(rolled?.obligationId).toBe('TIP.6.3');
    expect(rolled?.candidates.map((c) => [c.provision.num, c.score, c.implements])).toEqual([
      ['21', 0.7, true],
      ['22', 0.6, true],
      ['20', 0.9, false],
    ]);
    expect(rolled?.explanation).toBe('TIP.6.3.a aligned. TIP.6.3.b partial.');
  });
});
