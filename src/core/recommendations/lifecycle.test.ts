import { describe, expect, it } from 'vitest';
import { RECOMMENDATION_STATUSES } from '../workshop/vocabulary.js';
import type { RecommendationStatus } from '../workshop/vocabulary.js';
import {
  actionForMove,
  canAmend,
  checkMove,
  nextStatuses,
  reasonRequired,
  wordingChangedInDiscussion,
} from './lifecycle.js';

const ALLOWED: readonly [RecommendationStatus, RecommendationStatus][] = [
  ['draft', 'proposed'],
  ['proposed', 'draft'],
  ['proposed', 'under_discussion'],
  ['under_discussion', 'adopted'],
  ['under_discussion', 'adopted_with_changes'],
  ['under_discussion', 'rejected'],
  ['under_discussion', 'deferred'],
  ['under_discussion', 'proposed'],
  ['deferred', 'under_discussion'],
  ['deferred', 'proposed'],
  ['adopted', 'under_discussion'],
  ['adopted_with_changes', 'under_discussion'],
  ['rejected', 'under_discussion'],
];

describe('recommendation lifecycle', () => {
  it('allows exactly the listed moves', () => {
    const all = RECOMMENDATION_STATUSES.flatMap((from) =>
      nextStatuses(from).map((to) => [from, to] as const),
    );
    expect(new Set(all.map(([from, to]) => `${from}>${to}`))).toEqual(
      new Set(ALLOWED.map(([from, to]) => `${from}>${to}`)),
    );
    for (const from of RECOMMENDATION_STATUSES) {
      for (const to of RECOMMENDATION_STATUSES) {
        const check = checkMove({ from, to, reason: 'Parce que', wordingChanged: true });
        const listed = ALLOWED.some(([a, b]) => a === from && b === to);
        expect(check.ok, `${from} → ${to}`).toBe(listed);
      }
    }
  });

  it('names what is refused and what the status could become', () => {
    expect(checkMove({ from: 'draft', to: 'adopted', reason: 'x', wordingChanged: false })).toEqual(
      {
        ok: false,
        problem: 'not_allowed',
        message: 'A recommendation draft cannot become adopted (it can become: proposed)',
      },
    );
    expect(
      checkMove({ from: 'draft', to: 'draft', reason: '', wordingChanged: false }),
    ).toMatchObject({ ok: false, problem: 'same_status' });
  });

  it('gives writers the moves to draft and proposed, deciders the others', () => {
    expect(actionForMove('draft', 'proposed')).toBe('recommendation.write');
    expect(actionForMove('proposed', 'draft')).toBe('recommendation.write');
    expect(actionForMove('proposed', 'under_discussion')).toBe('recommendation.decide');
    expect(actionForMove('under_discussion', 'proposed')).toBe('recommendation.write');
    expect(actionForMove('under_discussion', 'adopted')).toBe('recommendation.decide');
    expect(actionForMove('deferred', 'proposed')).toBe('recommendation.write');
    expect(actionForMove('rejected', 'under_discussion')).toBe('recommendation.decide');
    expect(checkMove({ from: 'draft', to: 'proposed', reason: '', wordingChanged: false })).toEqual(
      {
        ok: true,
        action: 'recommendation.write',
      },
    );
  });

  it('requires a reason for decisions and re-openings only', () => {
    expect(reasonRequired('draft', 'proposed')).toBe(false);
    expect(reasonRequired('proposed', 'under_discussion')).toBe(false);
    expect(reasonRequired('under_discussion', 'rejected')).toBe(true);
    expect(reasonRequired('adopted', 'under_discussion')).toBe(true);
    expect(reasonRequired('deferred', 'proposed')).toBe(true);
    expect(
      checkMove({ from: 'under_discussion', to: 'adopted', reason: '  ', wordingChanged: false }),
    ).toEqual({ ok: false, problem: 'reason_required', message: 'A decision needs a reason' });
    expect(
      checkMove({ from: 'rejected', to: 'under_discussion', reason: '', wordingChanged: false }),
    ).toEqual({
      ok: false,
      problem: 'reason_required',
      message: 'Re-opening a decision needs a reason',
    });
  });

  it('adopts with changes only when the wording changed during the discussion', () => {
    const move = { from: 'under_discussion', to: 'adopted_with_changes', reason: 'Vote' } as const;
    expect(checkMove({ ...move, wordingChanged: false })).toMatchObject({
      ok: false,
      problem: 'wording_unchanged',
    });
    expect(checkMove({ ...move, wordingChanged: true })).toEqual({
      ok: true,
      action: 'recommendation.decide',
    });
  });

  it('tells whether a newer wording exists than at the last opening of the discussion', () => {
    const versions = [
      { number: 1, createdAt: '2026-05-01T10:00:00.000Z' },
      { number: 2, createdAt: '2026-05-02T10:00:00.000Z' },
    ];
    const opened = (at: string) => [
      { to: 'proposed' as const, at: '2026-04-30T10:00:00.000Z' },
      { to: 'under_discussion' as const, at },
    ];
    expect(wordingChangedInDiscussion({ transitions: [], versions })).toBe(false);
    expect(
      wordingChangedInDiscussion({ transitions: opened('2026-05-01T12:00:00.000Z'), versions }),
    ).toBe(true);
    expect(
      wordingChangedInDiscussion({ transitions: opened('2026-05-03T12:00:00.000Z'), versions }),
    ).toBe(false);
    // Re-opened after an amendment: only amendments after the latest opening count.
    expect(
      wordingChangedInDiscussion({
        transitions: [
          ...opened('2026-05-01T12:00:00.000Z'),
          { to: 'adopted_with_changes', at: '2026-05-02T12:00:00.000Z' },
          { to: 'under_discussion', at: '2026-05-03T12:00:00.000Z' },
        ],
        versions,
      }),
    ).toBe(false);
  });

  it('lets the wording change until a decision, and again once re-opened', () => {
    expect(RECOMMENDATION_STATUSES.filter(canAmend)).toEqual([
      'draft',
      'proposed',
      'under_discussion',
    ]);
  });
});
