import { z } from 'zod';
import {
  Bilingual,
  FindingStatus,
  Id,
  Instrument,
  IsoDateTime,
  ObligationKind,
  UserRef,
} from './common.js';

/** Where a provision sits: the law it belongs to and its Akoma Ntoso eId. */
export const ProvisionLink = z.object({
  lawId: Id,
  eId: z.string(),
  label: z.string(),
});
export type ProvisionLink = z.infer<typeof ProvisionLink>;

export const MAPPING_DECISIONS = ['proposed', 'accepted', 'rejected'] as const;
export const MappingDecision = z.enum(MAPPING_DECISIONS);
export type MappingDecision = z.infer<typeof MappingDecision>;

/** A provision linked to a finding: proposed by the engine or added by an analyst. */
export const Mapping = ProvisionLink.extend({
  decision: MappingDecision,
  source: z.enum(['engine', 'analyst']),
});
export type Mapping = z.infer<typeof Mapping>;

/** One row of the concordance table. */
export const FindingRow = z.object({
  obligationId: z.string(),
  instrument: Instrument,
  theme: z.string(),
  kind: ObligationKind,
  title: Bilingual,
  status: FindingStatus,
  /** What the engine suggested; differs from `status` when an analyst changed it. */
  engineStatus: FindingStatus,
  provisions: z.array(Mapping),
  missingElements: z.array(Bilingual),
  explanation: z.string(),
  confirmedBy: UserRef.nullable(),
  confirmedAt: IsoDateTime.nullable(),
  updatedAt: IsoDateTime,
  /** Optimistic lock: send it back with a change; a stale one is refused (409). */
  version: z.number().int(),
});
export type FindingRow = z.infer<typeof FindingRow>;

export const Evidence = z.object({
  term: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export const CandidateView = ProvisionLink.extend({
  score: z.number(),
  implements: z.boolean(),
  evidence: z.array(Evidence),
  elements: z.array(z.string()),
  /** The mapping's decision; null when the provision is only a candidate, not linked. */
  decision: MappingDecision.nullable(),
  /** Set for a look-alike: why it shares words but does something else. */
  lookAlikeReason: Bilingual.optional(),
});
export type CandidateView = z.infer<typeof CandidateView>;

export const ElementView = z.object({
  id: z.string(),
  label: Bilingual,
  required: z.boolean(),
  present: z.boolean(),
  provision: ProvisionLink.optional(),
  evidence: Evidence.optional(),
});
export type ElementView = z.infer<typeof ElementView>;

/** The analysed text of a provision: evidence offsets point into `text`. */
export const ProvisionText = ProvisionLink.extend({ heading: z.string(), text: z.string() });
export type ProvisionText = z.infer<typeof ProvisionText>;

export const Comment = z.object({
  id: Id,
  author: UserRef,
  body: z.string(),
  createdAt: IsoDateTime,
});
export type Comment = z.infer<typeof Comment>;

export const FindingDetail = FindingRow.extend({
  summary: Bilingual,
  reason: z.string(),
  updatedBy: UserRef.nullable(),
  candidates: z.array(CandidateView),
  lookAlikes: z.array(CandidateView),
  elements: z.array(ElementView),
  conflicts: z.array(ProvisionLink.extend({ reason: Bilingual, evidence: z.array(Evidence) })),
  texts: z.array(ProvisionText),
  comments: z.array(Comment),
});
export type FindingDetail = z.infer<typeof FindingDetail>;

export const FindingsQuery = z.object({
  instrument: Instrument.optional(),
  theme: z.string().max(40).optional(),
  status: FindingStatus.optional(),
  kind: ObligationKind.optional(),
  unconfirmed: z.enum(['true', 'false']).optional(),
});

export const FindingTable = z.object({
  findings: z.array(FindingRow),
  progress: z.object({ confirmed: z.number().int(), total: z.number().int() }),
  analysedAt: IsoDateTime.nullable(),
});
export type FindingTable = z.infer<typeof FindingTable>;

export const FindingParams = z.object({ projectId: Id, obligationId: z.string().max(80) });

/** An analyst sets the status; a reason is required so the record says why. */
export const SetStatusBody = z.object({
  status: FindingStatus,
  reason: z.string().trim().min(1, 'a reason is required').max(4000),
  version: z.number().int(),
});

export const ConfirmBody = z.object({ version: z.number().int() });

export const DecideMappingBody = z.object({
  lawId: Id,
  eId: z.string().min(1).max(200),
  decision: MappingDecision,
  version: z.number().int(),
});

export const CommentBody = z.object({ body: z.string().trim().min(1).max(4000) });

export const AnalysisRun = z.object({
  findings: z.number().int(),
  /** Findings whose status an analyst had set: kept as they were. */
  kept: z.number().int(),
  analysedAt: IsoDateTime,
});
export type AnalysisRun = z.infer<typeof AnalysisRun>;
