/**
 * A recommendation's lifecycle as pure rules: which moves exist, which permission each needs,
 * when a reason must be given, and when its wording may still change.
 *
 *   draft ⇄ proposed → under_discussion → adopted | adopted_with_changes | rejected | deferred
 *   under_discussion → proposed (taken off the table)
 *   deferred → under_discussion | proposed
 *   adopted | adopted_with_changes | rejected → under_discussion (re-opened)
 */
import { DECISION_STATUSES, isOneOf } from '../workshop/vocabulary.js';
import type { DecisionStatus, RecommendationStatus } from '../workshop/vocabulary.js';

const NEXT: Readonly<Record<RecommendationStatus, readonly RecommendationStatus[]>> = {
  draft: ['proposed'],
  proposed: ['draft', 'under_discussion'],
  under_discussion: ['adopted', 'adopted_with_changes', 'rejected', 'deferred', 'proposed'],
  deferred: ['under_discussion', 'proposed'],
  adopted: ['under_discussion'],
  adopted_with_changes: ['under_discussion'],
  rejected: ['under_discussion'],
};

/** The permission a move needs. */
export type LifecycleAction = 'recommendation.write' | 'recommendation.decide';

/** The statuses a recommendation may move to from `from`. */
export function nextStatuses(from: RecommendationStatus): readonly RecommendationStatus[] {
  return NEXT[from];
}

/** True when `status` records a decision (adopted, adopted with changes, rejected, deferred). */
export function isDecision(status: RecommendationStatus): status is DecisionStatus {
  return isOneOf(DECISION_STATUSES, status);
}

const WRITERS_STATUSES: readonly RecommendationStatus[] = ['draft', 'proposed'];

/**
 * The permission a move needs, by where it goes: back to draft or to proposed is the writers'
 * work (`recommendation.write`: proposing, taking off the table to rework it); under
 * discussion and the decisions are the deciders' (`recommendation.decide`).
 */
export function actionForMove(
  _from: RecommendationStatus,
  to: RecommendationStatus,
): LifecycleAction {
  return WRITERS_STATUSES.includes(to) ? 'recommendation.write' : 'recommendation.decide';
}

/** True when a move must give a non-empty reason: a decision, or leaving a decision (re-opening). */
export function reasonRequired(from: RecommendationStatus, to: RecommendationStatus): boolean {
  return isDecision(to) || isDecision(from);
}

/** True while the wording may change: refused once decided, until the decision is re-opened. */
export function canAmend(status: RecommendationStatus): boolean {
  return status === 'draft' || status === 'proposed' || status === 'under_discussion';
}

/** Why a move is refused. */
export type MoveProblem = 'same_status' | 'not_allowed' | 'reason_required' | 'wording_unchanged';

/** The outcome of checking a move: the permission it needs, or why it is refused. */
export type MoveCheck =
  | { readonly ok: true; readonly action: LifecycleAction }
  | { readonly ok: false; readonly problem: MoveProblem; readonly message: string };

const LABELS: Readonly<Record<RecommendationStatus, string>> = {
  draft: 'draft',
  proposed: 'proposed',
  under_discussion: 'under discussion',
  adopted: 'adopted',
  adopted_with_changes: 'adopted with changes',
  rejected: 'rejected',
  deferred: 'deferred',
};

/**
 * Checks one move. `wordingChanged`: whether a newer version of the wording was written
 * since the recommendation was last put under discussion (see `wordingChangedInDiscussion`);
 * `adopted_with_changes` needs it.
 */
export function checkMove(input: {
  readonly from: RecommendationStatus;
  readonly to: RecommendationStatus;
  readonly reason: string;
  readonly wordingChanged: boolean;
}): MoveCheck {
  const { from, to } = input;
  if (from === to) {
    return {
      ok: false,
      problem: 'same_status',
      message: `The recommendation is already ${LABELS[to]}`,
    };
  }
  if (!NEXT[from].includes(to)) {
    const allowed = NEXT[from].map((status) => LABELS[status]).join(', ');
    return {
      ok: false,
      problem: 'not_allowed',
      message: `A recommendation ${LABELS[from]} cannot become ${LABELS[to]} (it can become: ${allowed})`,
    };
  }
  if (reasonRequired(from, to) && input.reason.trim() === '') {
    const what = isDecision(to) ? 'A decision' : 'Re-opening a decision';
    return { ok: false, problem: 'reason_required', message: `${what} needs a reason` };
  }
  if (to === 'adopted_with_changes' && !input.wordingChanged) {
    return {
      ok: false,
      problem: 'wording_unchanged',
      message:
        'Adopted with changes needs a new version of the wording written since the recommendation was put under discussion; adopt it as it is, or amend the wording first',
    };
  }
  return { ok: true, action: actionForMove(from, to) };
}

/**
 * True when the wording has a version newer than the one current when the recommendation
 * was last put under discussion. Dates are ISO-8601 texts of one clock (they sort as text).
 */
export function wordingChangedInDiscussion(input: {
  readonly transitions: readonly { readonly to: RecommendationStatus; readonly at: string }[];
  readonly versions: readonly { readonly number: number; readonly createdAt: string }[];
}): boolean {
  const opened = input.transitions
    .filter((transition) => transition.to === 'under_discussion')
    .at(-1);
  if (opened === undefined) return false;
  const before = input.versions.filter((version) => version.createdAt <= opened.at);
  const atOpening = Math.max(0, ...before.map((version) => version.number));
  return input.versions.some((version) => version.number > atOpening);
}
