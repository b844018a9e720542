import type { z } from 'zod';
import {
  VoteChoice,
  type ParticipantState,
  type VoteTally,
} from '../../../../src/contract/live-session.js';

type VoteChoice = z.infer<typeof VoteChoice>;

/** The choices in the order buttons and bars show them. */
export const VOTE_CHOICES: readonly VoteChoice[] = VoteChoice.options;

export const votesCast = (tally: VoteTally): number => tally.for + tally.against + tally.abstain;

/** One bar of a vote's result: the choice, its count and its share in whole percent. */
export interface TallyRow {
  readonly choice: VoteChoice;
  readonly count: number;
  readonly percent: number;
}

export function tallyRows(tally: VoteTally): TallyRow[] {
  const total = votesCast(tally);
  return VOTE_CHOICES.map((choice) => ({
    choice,
    count: tally[choice],
    percent: total === 0 ? 0 : Math.round((tally[choice] / total) * 100),
  }));
}

/** The value if it is one of `options` (a select's or a radio's text). */
export function oneOf<const T extends string>(options: readonly T[], value: string): T | undefined {
  return options.find((option) => option === value);
}

/** A join code as typed on a phone: spaces and dashes dropped, upper case. */
export function normaliseCode(text: string): string {
  return text.replace(/[^0-9a-z]/gi, '').toUpperCase();
}

/** The phone's queries (no project: a phone knows only its workshop). */
export const phoneKeys = {
  workshop: (joinCode: string) => ['live-phone', joinCode] as const,
  state: (joinCode: string) => ['live-phone', joinCode, 'state'] as const,
};

/** What the phone's vote panel says and allows. */
export type VotePanel =
  | { readonly kind: 'none' }
  | { readonly kind: 'open'; readonly questionId: string; readonly mine: VoteChoice | null }
  | { readonly kind: 'closed'; readonly mine: VoteChoice | null; readonly tally: VoteTally | null };

export function votePanel(state: ParticipantState): VotePanel {
  const question = state.question;
  if (question === null || state.recommendation === null) return { kind: 'none' };
  if (question.recommendationId !== state.recommendation.id) return { kind: 'none' };
  if (question.status === 'open') {
    return { kind: 'open', questionId: question.id, mine: state.myVote };
  }
  return { kind: 'closed', mine: state.myVote, tally: state.tally };
}
