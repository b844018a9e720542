import { z } from 'zod';
import {
  DECISION_METHODS,
  DECISION_STATUSES,
  PRIORITIES,
  RECOMMENDATION_STATUSES,
  RECOMMENDATION_TYPES,
  CONTRIBUTION_KINDS,
  CONTRIBUTION_STATUSES,
} from '../core/workshop/vocabulary.js';
import { Bilingual, FindingStatus, Id, IsoDateTime, UserRef } from './common.js';
import { Comment } from './findings.js';

export const RecommendationType = z.enum(RECOMMENDATION_TYPES);
export const Priority = z.enum(PRIORITIES);
export const RecommendationStatus = z.enum(RECOMMENDATION_STATUSES);
export const DecisionMethod = z.enum(DECISION_METHODS);

/** An obligation ID of the catalogue (e.g. `SOM.6.1.a`). */
const ObligationId = z.string().trim().min(1).max(80);
const ObligationIds = z.array(ObligationId).max(100);

/** One line of the list and one card of the board. */
export const RecommendationSummary = z.object({
  id: Id,
  number: z.number().int(),
  /** `R3`. */
  label: z.string(),
  title: z.string(),
  type: RecommendationType,
  priority: Priority,
  status: RecommendationStatus,
  theme: z.string(),
  obligationIds: z.array(z.string()),
  findingIds: z.array(z.string()),
  targetText: z.string(),
  targetArticle: z.string(),
  wordingVersion: z.number().int(),
  updatedAt: IsoDateTime,
  /** Optimistic lock: send it back with a change; a stale one is refused (409). */
  version: z.number().int(),
});
export type RecommendationSummary = z.infer<typeof RecommendationSummary>;

export const RecommendationsQuery = z.object({
  status: RecommendationStatus.optional(),
  type: RecommendationType.optional(),
  priority: Priority.optional(),
  theme: z.string().max(40).optional(),
  obligationId: z.string().max(80).optional(),
  q: z.string().max(200).optional(),
});
export type RecommendationsQuery = z.infer<typeof RecommendationsQuery>;

export const RecommendationList = z.object({ recommendations: z.array(RecommendationSummary) });
export type RecommendationList = z.infer<typeof RecommendationList>;

/** A word-level difference: `same`, `added` and `removed` segments, spaces and punctuation kept. */
export const DiffSegment = z.object({
  kind: z.enum(['same', 'added', 'removed']),
  text: z.string(),
});
export type DiffSegment = z.infer<typeof DiffSegment>;

export const RecommendationVersion = z.object({
  number: z.number().int(),
  wording: z.string(),
  note: z.string(),
  author: UserRef.nullable(),
  createdAt: IsoDateTime,
  /** Set when the wording took up a participant's amendment at the workshop. */
  contributionId: z.string().nullable(),
  /** What this version changed in the previous one; empty for version 1. */
  diff: z.array(DiffSegment),
});
export type RecommendationVersion = z.infer<typeof RecommendationVersion>;

export const Tally = z.object({
  for: z.number().int(),
  against: z.number().int(),
  abstain: z.number().int(),
});

export const RecommendationTransition = z.object({
  from: RecommendationStatus,
  to: RecommendationStatus,
  reason: z.string(),
  actor: UserRef,
  at: IsoDateTime,
  /** Set for a decision taken at a workshop. */
  workshopId: z.string().nullable(),
  method: DecisionMethod.nullable(),
  tally: Tally.nullable(),
});
export type RecommendationTransition = z.infer<typeof RecommendationTransition>;

/** A participant's comment or amendment at a workshop, on the record of the recommendation. */
export const RecommendationContribution = z.object({
  id: Id,
  workshopId: Id,
  participant: z.object({ name: z.string(), organisation: z.string() }),
  kind: z.enum(CONTRIBUTION_KINDS),
  body: z.string(),
  proposedWording: z.string().nullable(),
  status: z.enum(CONTRIBUTION_STATUSES),
  createdAt: IsoDateTime,
});
export type RecommendationContribution = z.infer<typeof RecommendationContribution>;

export const LinkedFinding = z.object({
  obligationId: z.string(),
  title: Bilingual,
  /** The finding's current status; null when the project has no finding on it any more. */
  status: FindingStatus.nullable(),
});

export const LinkedObligation = z.object({
  obligationId: z.string(),
  /** The catalogue's title; the ID itself when the catalogue no longer has the obligation. */
  title: Bilingual,
  theme: z.string(),
});

export const RecommendationDetail = RecommendationSummary.extend({
  targetLawId: z.string().nullable(),
  /** The target law's title; null without one. */
  targetLawTitle: z.string().nullable(),
  wording: z.string(),
  rationale: z.string(),
  decisionMethod: DecisionMethod.nullable(),
  decisionNote: z.string(),
  decidedAt: IsoDateTime.nullable(),
  decidedBy: UserRef.nullable(),
  createdAt: IsoDateTime,
  createdBy: UserRef,
  updatedBy: UserRef.nullable(),
  /** Whether a newer wording was written since it was last put under discussion. */
  wordingChangedInDiscussion: z.boolean(),
  findings: z.array(LinkedFinding),
  obligations: z.array(LinkedObligation),
  versions: z.array(RecommendationVersion),
  transitions: z.array(RecommendationTransition),
  comments: z.array(Comment),
  contributions: z.array(RecommendationContribution),
});
export type RecommendationDetail = z.infer<typeof RecommendationDetail>;

export const RecommendationParams = z.object({ projectId: Id, recommendationId: Id });

const Title = z.string().trim().min(1, 'a title is required').max(300);
const Theme = z.string().trim().max(40);
const TargetText = z.string().trim().max(300);
const TargetArticle = z.string().trim().max(200);
const Rationale = z.string().trim().max(20000);
const Wording = z.string().trim().min(1, 'the wording is required').max(20000);

export const CreateRecommendationBody = z.object({
  title: Title,
  type: RecommendationType,
  priority: Priority,
  /** Absent: the theme of the first linked obligation in the catalogue. */
  theme: Theme.optional(),
  /** A law of the project, or null (a new law, another text). */
  targetLawId: Id.nullable(),
  targetText: TargetText,
  targetArticle: TargetArticle,
  wording: Wording,
  rationale: Rationale,
  /** Obligation IDs of this project's findings the recommendation was written from. */
  findingIds: ObligationIds,
  /** Obligation IDs of the catalogue it answers; the finding IDs are added. */
  obligationIds: ObligationIds,
});
export type CreateRecommendationBody = z.infer<typeof CreateRecommendationBody>;

/** Changes everything but the wording (amended with its own route, as a new version). */
export const UpdateRecommendationBody = z.object({
  title: Title.optional(),
  type: RecommendationType.optional(),
  priority: Priority.optional(),
  theme: Theme.optional(),
  targetLawId: Id.nullable().optional(),
  targetText: TargetText.optional(),
  targetArticle: TargetArticle.optional(),
  rationale: Rationale.optional(),
  findingIds: ObligationIds.optional(),
  obligationIds: ObligationIds.optional(),
  version: z.number().int(),
});
export type UpdateRecommendationBody = z.infer<typeof UpdateRecommendationBody>;

export const AmendRecommendationBody = z.object({
  wording: Wording,
  /** What changed and why; may be empty. */
  note: z.string().trim().max(2000),
  version: z.number().int(),
});

const Reason = z.string().trim().max(4000);

/** A writer's move: back to draft, or proposed for discussion. */
export const ProposeRecommendationBody = z.object({
  status: z.enum(['draft', 'proposed']),
  reason: Reason,
  version: z.number().int(),
});

export const DECIDE_STATUSES = ['under_discussion', ...DECISION_STATUSES] as const;

/** A decider's move: put under discussion (or re-open), adopt, adopt with changes, reject, defer. */
export const DecideRecommendationBody = z.object({
  status: z.enum(DECIDE_STATUSES),
  reason: Reason,
  version: z.number().int(),
  method: DecisionMethod.optional(),
});

export const RecommendationDiffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

export const RecommendationDiff = z.object({
  from: z.number().int(),
  to: z.number().int(),
  segments: z.array(DiffSegment),
});
export type RecommendationDiff = z.infer<typeof RecommendationDiff>;

/** The lifecycle rules the server enforces, so the web offers only the moves that will pass. */
export {
  actionForMove,
  canAmend,
  isDecision,
  nextStatuses,
  reasonRequired,
} from '../core/recommendations/lifecycle.js';
