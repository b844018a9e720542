import { describe, expect, it } from 'vitest';
import type { EngineRecord } from './engine-record.js';
import { mergeReview, type ReviewState } from './merge-findings.js';

const engine = (...eIds: string[]): EngineRecord => ({
  candidates: eIds.map((eId, index) => ({
    lawId: 'law1',
    eId,
    label: eId,
    score: 1 - index / 10,
    implements: true,
    evidence: [],
    elements: [],
  })),
  lookAlikes: [],
  elements: [],
  conflicts: [],
  explanation: '',
  texts: [],
});

const lawIds = new Set(['law1']);

describe('merging a re-run of the engine with the review', () => {
  it('takes the engine’s status and proposals on a first analysis', () => {
    const merged = mergeReview(undefined, 'partial', { engine: engine('art_3', 'art_5'), lawIds });
    expect(merged.status).toBe('partial');
    expect(merged.mappings.map((mapping) => [mapping.eId, mapping.decision])).toEqual([
      ['art_3', 'proposed'],
      ['art_5', 'proposed'],
    ]);
  });

  it('keeps a status set by an analyst and its confirmation when the engine changes its mind', () => {
    const previous: ReviewState = {
      status: 'aligned',
      statusSetByAnalyst: true,
      reason: 'art. 3 read with art. 9',
      mappings: [],
      confirmedAt: '2026-01-01T00:00:00.000Z',
      confirmedById: 'u1',
    };
    const merged = mergeReview(previous, 'missing', { engine: engine(), lawIds });
    expect(merged).toMatchObject({ status: 'aligned', reason: 'art. 3 read with art. 9' });
    expect(merged.confirmedById).toBe('u1');
  });

  it('follows the engine and drops the confirmation when the status the reviewer saw changed', () => {
    const previous: ReviewState = {
      status: 'missing',
      statusSetByAnalyst: false,
      reason: '',
      mappings: [],
      confirmedAt: '2026-01-01T00:00:00.000Z',
      confirmedById: 'u1',
    };
    const merged = mergeReview(previous, 'partial', { engine: engine('art_7'), lawIds });
    expect(merged.status).toBe('partial');
    expect(merged.confirmedById).toBeNull();
  });

  it('keeps decided mappings of laws still present and forgets those of removed laws', () => {
    const previous: ReviewState = {
      status: 'partial',
      statusSetByAnalyst: false,
      reason: '',
      mappings: [
        { lawId: 'law1', eId: 'art_3', label: 'Article 3', decision: 'rejected', source: 'engine' },
        {
          lawId: 'law2',
          eId: 'art_1',
          label: 'Article 1',
          decision: 'accepted',
          source: 'analyst',
        },
        { lawId: 'law1', eId: 'art_4', label: 'Article 4', decision: 'proposed', source: 'engine' },
      ],
      confirmedAt: null,
      confirmedById: null,
    };
    const merged = mergeReview(previous, 'partial', { engine: engine('art_3', 'art_5'), lawIds });
    expect(merged.mappings.map((mapping) => [mapping.eId, mapping.decision])).toEqual([
      ['art_3', 'rejected'],
      ['art_5', 'proposed'],
    ]);
  });
});
