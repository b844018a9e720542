import { z } from 'zod';
import {
  CONTRIBUTION_KINDS,
  CONTRIBUTION_STATUSES,
  DECISION_METHODS,
  DECISION_STATUSES,
  RECOMMENDATION_STATUSES,
  SECTORS,
  SEXES,
  VOTE_CHOICES,
} from '../core/workshop/vocabulary.js';
import { Id, IsoDateTime } from './common.js';

/**
 * The live session of a workshop: participants' phones (no account; a cookie of their own
 * under /api/live) and the chair's screen (a project member with `workshop.manage`).
 */

/** What participants type: letters and digits, any case. */
export const JoinCodeParams = z.object({ joinCode: z.string().trim().min(1).max(32) });

export const VoteChoice = z.enum(VOTE_CHOICES);
export const Sex = z.enum(SEXES);
export const Sector = z.enum(SECTORS);
export const DecisionStatus = z.enum(DECISION_STATUSES);
export const DecisionMethod = z.enum(DECISION_METHODS);
export const VoteTally = z.object({
  for: z.number().int().nonnegative(),
  against: z.number().int().nonnegative(),
  abstain: z.number().int().nonnegative(),
});
export type VoteTally = z.infer<typeof VoteTally>;

/** The participant a phone joined as. */
export const LiveParticipant = z.object({
  id: Id,
  name: z.string(),
  organisation: z.string(),
  sector: Sector,
  sex: Sex,
});
export type LiveParticipant = z.infer<typeof LiveParticipant>;

export const LiveWorkshop = z.object({
  title: z.string(),
  place: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  joinCode: z.string(),
  /** Who this phone joined as; null when it has not joined this workshop. */
  participant: LiveParticipant.nullable(),
});
export type LiveWorkshop = z.infer<typeof LiveWorkshop>;

const PersonText = z.string().trim().min(1, 'required').max(200);

export const JoinBody = z.object({
  name: PersonText,
  organisation: PersonText,
  sex: Sex,
  sector: Sector.optional(),
  functionTitle: z.string().trim().max(200).optional(),
});
export type JoinBody = z.infer<typeof JoinBody>;

export const JoinResult = z.object({
  participant: LiveParticipant,
  /** Send it back in the x-csrf-token header with every vote, comment or check-in. */
  csrfToken: z.string(),
  /** `new`: added to the list; `claimed`: found on the attendance list; `returning`: this phone had joined. */
  how: z.enum(['new', 'claimed', 'returning']),
});
export type JoinResult = z.infer<typeof JoinResult>;

/** A recommendation as the room sees it. */
export const LiveRecommendation = z.object({
  id: Id,
  number: z.number().int(),
  title: z.string(),
  wording: z.string(),
  wordingVersion: z.number().int(),
  status: z.enum(RECOMMENDATION_STATUSES),
  obligationIds: z.array(z.string()),
  /** Optimistic lock of the recommendation, for the chair's decisions and amendments. */
  version: z.number().int(),
});
export type LiveRecommendation = z.infer<typeof LiveRecommendation>;

export const LiveQuestion = z.object({
  id: Id,
  recommendationId: Id,
  wordingVersion: z.number().int(),
  prompt: z.string(),
  status: z.enum(['open', 'closed']),
  openedAt: IsoDateTime,
  closedAt: IsoDateTime.nullable(),
});
export type LiveQuestion = z.infer<typeof LiveQuestion>;

export const ContributionKind = z.enum(CONTRIBUTION_KINDS);

/** A participant's own comment or amendment. */
export const OwnContribution = z.object({
  id: Id,
  recommendationId: Id,
  kind: ContributionKind,
  body: z.string(),
  proposedWording: z.string().nullable(),
  status: z.enum(CONTRIBUTION_STATUSES),
  createdAt: IsoDateTime,
});
export type OwnContribution = z.infer<typeof OwnContribution>;

/** What a phone shows: refetched on every change the participant stream announces. */
export const ParticipantState = z.object({
  workshop: z.object({
    title: z.string(),
    place: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    joinCode: z.string(),
  }),
  participant: LiveParticipant,
  csrfToken: z.string(),
  recommendation: LiveRecommendation.nullable(),
  /** The open question, or else the last question on the recommendation on screen. */
  question: LiveQuestion.nullable(),
  myVote: VoteChoice.nullable(),
  /** The count, once the question is closed (never while the vote is open). */
  tally: VoteTally.nullable(),
  contributions: z.array(OwnContribution),
  /** Today's date when it is a day of the workshop, else null (no check-in then). */
  today: z.string().nullable(),
  checkedInToday: z.boolean(),
});
export type ParticipantState = z.infer<typeof ParticipantState>;

export const CastVoteBody = z.object({ questionId: Id, choice: VoteChoice });
export const CastVoteResult = z.object({
  questionId: Id,
  choice: VoteChoice,
  castAt: IsoDateTime,
  updatedAt: IsoDateTime,
});

const LongText = z.string().trim().min(1, 'required').max(5000);

export const ContributeBody = z
  .object({
    recommendationId: Id,
    kind: ContributionKind,
    body: LongText,
    proposedWording: z.string().trim().max(20000).optional(),
  })
  .refine((value) => value.kind === 'comment' || (value.proposedWording ?? '') !== '', {
    message: 'an amendment needs the wording it proposes',
    path: ['proposedWording'],
  });
export type ContributeBody = z.infer<typeof ContributeBody>;

export const SelfCheckInResult = z.object({
  day: z.string(),
  /** False when the participant was checked in for the day already. */
  created: z.boolean(),
});

// The chair's side.

export const LiveSessionParams = z.object({ projectId: Id, workshopId: Id });
export const LiveContributionParams = LiveSessionParams.extend({ contributionId: Id });

/** A contribution as the chair sees it: with its author. */
export const ChairContribution = OwnContribution.extend({
  participant: z.object({ id: Id, name: z.string(), organisation: z.string() }),
});
export type ChairContribution = z.infer<typeof ChairContribution>;

/** A recommendation the chair may put on screen. */
export const LiveChoice = z.object({
  id: Id,
  number: z.number().int(),
  title: z.string(),
  status: z.enum(RECOMMENDATION_STATUSES),
  /** On the workshop's agenda (else another of the project's recommendations). */
  onAgenda: z.boolean(),
});

export const ChairLiveSession = z.object({
  workshop: z.object({
    id: Id,
    title: z.string(),
    place: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    joinCode: z.string(),
  }),
  /** The address phones open (the QR code says it too). */
  joinUrl: z.string(),
  recommendation: LiveRecommendation.nullable(),
  question: LiveQuestion.nullable(),
  /** The live count of the question, open or closed. */
  tally: VoteTally.nullable(),
  contributions: z.array(ChairContribution),
  counts: z.object({
    participants: z.number().int(),
    /** Participants whose phone has joined. */
    joined: z.number().int(),
    presentToday: z.number().int(),
  }),
  choices: z.array(LiveChoice),
});
export type ChairLiveSession = z.infer<typeof ChairLiveSession>;

export const ShowBody = z.object({ recommendationId: Id });
export const OpenVoteBody = z.object({
  recommendationId: Id,
  prompt: z.string().trim().max(500).optional(),
});

export const RecordDecisionBody = z.object({
  status: DecisionStatus,
  method: DecisionMethod,
  /** The question whose votes decide (method `vote`); default the last one on screen. */
  questionId: Id.optional(),
  reason: z.string().trim().min(1, 'required').max(5000),
  /** The recommendation's version the chair saw. */
  version: z.number().int().optional(),
});
export type RecordDecisionBody = z.infer<typeof RecordDecisionBody>;

export const AcceptAmendmentBody = z.object({
  note: z.string().trim().max(2000).optional(),
  version: z.number().int().optional(),
});
