import type { Tally, VoteChoice } from './vocabulary.js';

/**
 * The arithmetic and the comparisons of a workshop's live session: counting votes, their
 * shares, and recognising a participant of the attendance list by name and organisation.
 */

export const EMPTY_TALLY: Tally = Object.freeze({ for: 0, against: 0, abstain: 0 });

/** The count of a list of votes. */
export function tallyOf(choices: Iterable<VoteChoice>): Tally {
  const counts = { for: 0, against: 0, abstain: 0 };
  for (const choice of choices) counts[choice] += 1;
  return counts;
}

export function totalVotes(tally: Tally): number {
  return tally.for + tally.against + tally.abstain;
}

/** Each choice's share of the votes cast, in whole percent (0 when nobody voted). */
export function tallyShares(tally: Tally): Record<VoteChoice, number> {
  const total = totalVotes(tally);
  const share = (count: number): number => (total === 0 ? 0 : Math.round((count / total) * 100));
  return { for: share(tally.for), against: share(tally.against), abstain: share(tally.abstain) };
}

/**
 * A name or an organisation as people type it differently: case, accents, punctuation and
 * spacing ignored ("Aïssata  TRAORÉ" and "aissata traore" compare equal).
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when two people typed as name and organisation are the same person. */
export function samePerson(
  a: { readonly name: string; readonly organisation: string },
  b: { readonly name: string; readonly organisation: string },
): boolean {
  return nameKey(a.name) === nameKey(b.name) && nameKey(a.organisation) === nameKey(b.organisation);
}

/** True when `day` (`YYYY-MM-DD`) falls between the workshop's first and last days. */
export function isWorkshopDay(
  workshop: { readonly startsOn: string; readonly endsOn: string },
  day: string,
): boolean {
  return day >= workshop.startsOn && day <= workshop.endsOn;
}
