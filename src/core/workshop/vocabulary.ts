/**
 * The words recommendations and workshops are described with: one list each, shared by the
 * store, the contract, the statistics and the web, so a value means the same everywhere.
 */

/** What a recommendation asks for. `new_law`: e.g. a specific law on smuggling of migrants. */
export const RECOMMENDATION_TYPES = ['amend', 'add', 'repeal', 'new_law'] as const;
export type RecommendationType = (typeof RECOMMENDATION_TYPES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** A recommendation's lifecycle, in the order it is usually walked. */
export const RECOMMENDATION_STATUSES = [
  'draft',
  'proposed',
  'under_discussion',
  'adopted',
  'adopted_with_changes',
  'rejected',
  'deferred',
] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** The statuses that end a discussion: a decision on record. */
export const DECISION_STATUSES = [
  'adopted',
  'adopted_with_changes',
  'rejected',
  'deferred',
] as const satisfies readonly RecommendationStatus[];
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** How a workshop reached its decision. */
export const DECISION_METHODS = ['vote', 'consensus'] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];

/** Where a participant comes from, as the programme's reports count them. */
export const SECTORS = [
  'government',
  'justice',
  'law_enforcement',
  'parliament',
  'civil_society',
  'international',
  'academia',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

/** Sex as the attendance sheet records it; `undisclosed` when the participant did not say. */
export const SEXES = ['female', 'male', 'undisclosed'] as const;
export type Sex = (typeof SEXES)[number];

/** How a participant got onto the list. */
export const REGISTRATION_SOURCES = ['organiser', 'import', 'self'] as const;
export type RegistrationSource = (typeof REGISTRATION_SOURCES)[number];

/** How a participant was checked in for a day. */
export const CHECK_IN_METHODS = ['organiser', 'self'] as const;
export type CheckInMethod = (typeof CHECK_IN_METHODS)[number];

export const VOTE_CHOICES = ['for', 'against', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** The count of one vote. */
export interface Tally {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
}

export const CONTRIBUTION_KINDS = ['comment', 'amendment'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

export const CONTRIBUTION_STATUSES = ['open', 'accepted', 'dismissed'] as const;
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];

/** True when `value` is one of `list`: narrows text read from a database or a spreadsheet. */
export function isOneOf<const T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
