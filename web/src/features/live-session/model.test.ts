import { describe, expect, it } from 'vitest';
import type { ParticipantState } from '../../../../src/contract/live-session.js';
import { normaliseCode, tallyRows, votePanel } from './model.js';

const state = (overrides: Partial<ParticipantState>): ParticipantState => ({
  workshop: {
    title: 'Atelier',
    place: 'Bamako',
    startsOn: '2026-03-10',
    endsOn: '2026-03-11',
    joinCode: 'ABC123',
  },
  participant: {
    id: 'p1',
    name: 'Awa',
    organisation: 'ONG',
    sector: 'civil_society',
    sex: 'female',
  },
  csrfToken: 't',
  recommendation: {
    id: 'r1',
    number: 1,
    title: 'Protéger',
    wording: 'Texte',
    wordingVersion: 1,
    status: 'under_discussion',
    obligationIds: [],
    version: 2,
  },
  question: null,
  myVote: null,
  tally: null,
  contributions: [],
  today: null,
  checkedInToday: false,
  ...overrides,
});

const question = (status: 'open' | 'closed', recommendationId = 'r1') => ({
  id: 'q1',
  recommendationId,
  wordingVersion: 1,
  prompt: '',
  status,
  openedAt: '2026-03-10T09:00:00.000Z',
  closedAt: null,
});

describe('the live session view', () => {
  it('gives each choice its count and share', () => {
    expect(tallyRows({ for: 2, against: 1, abstain: 1 })).toEqual([
      { choice: 'for', count: 2, percent: 50 },
      { choice: 'against', count: 1, percent: 25 },
      { choice: 'abstain', count: 1, percent: 25 },
    ]);
  });

  it('reads a join code however it is typed', () => {
    expect(normaliseCode(' abc-123 ')).toBe('ABC123');
  });

  it('offers the vote only on the open question of the recommendation on screen', () => {
    expect(votePanel(state({}))).toEqual({ kind: 'none' });
    expect(votePanel(state({ question: question('open'), myVote: 'for' }))).toEqual({
      kind: 'open',
      questionId: 'q1',
      mine: 'for',
    });
    expect(
      votePanel(
        state({
          question: question('closed'),
          myVote: 'against',
          tally: { for: 3, against: 1, abstain: 0 },
        }),
      ),
    ).toMatchObject({ kind: 'closed', mine: 'against', tally: { for: 3 } });
    expect(votePanel(state({ question: question('open', 'r2') }))).toEqual({ kind: 'none' });
  });
});
