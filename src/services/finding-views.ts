import { FINDING_STATUSES, type FindingStatus } from '../contract/common.js';
import type { CandidateView, FindingDetail, FindingRow, Mapping } from '../contract/findings.js';
import type { Obligation } from '../core/catalogue/types.js';
import {
  isRowSummary,
  summariseEngineRecord,
  type EngineRecord,
  type StoredCandidate,
} from '../core/review/engine-record.js';
import type { CommentRecord } from '../store/repos/comments.js';
import type { FindingRecord, FindingSummaryRecord } from '../store/repos/findings.js';

const asStatus = (value: string): FindingStatus =>
  (FINDING_STATUSES as readonly string[]).includes(value)
    ? (value as FindingStatus)
    : 'not_assessed';

/** The engine's record as stored by project-analysis (this module's writer is the only one). */
export const engineOf = (record: FindingRecord): EngineRecord => record.engine as EngineRecord;

/**
 * One row of the concordance table, from the stored summary; the engine's full record is
 * read only for rows written before summaries were stored.
 */
export function findingRow(
  record: FindingSummaryRecord & { readonly engine?: unknown },
  obligation: Obligation,
): FindingRow {
  const summary = isRowSummary(record.summary)
    ? record.summary
    : summariseEngineRecord(record.engine as EngineRecord);
  return {
    obligationId: record.obligationId,
    instrument: obligation.instrument,
    theme: obligation.theme,
    kind: obligation.kind,
    title: obligation.title,
    status: asStatus(record.status),
    engineStatus: asStatus(record.engineStatus),
    provisions: record.mappings.map((mapping): Mapping => ({ ...mapping })),
    missingElements: [...summary.missingElements],
    explanation: summary.explanation,
    confirmedBy: record.confirmedBy,
    confirmedAt: record.confirmedAt,
    updatedAt: record.updatedAt,
    version: record.version,
  };
}

/** Everything the obligation view shows about one finding. */
export function findingDetail(
  record: FindingRecord,
  context: { readonly obligation: Obligation; readonly comments: readonly CommentRecord[] },
): FindingDetail {
  const engine = engineOf(record);
  const decisions = new Map(
    record.mappings.map((mapping) => [`${mapping.lawId}:${mapping.eId}`, mapping.decision]),
  );
  const candidate = (item: StoredCandidate): CandidateView => ({
    lawId: item.lawId,
    eId: item.eId,
    label: item.label,
    score: item.score,
    implements: item.implements,
    evidence: [...item.evidence],
    elements: [...item.elements],
    decision: decisions.get(`${item.lawId}:${item.eId}`) ?? null,
    ...(item.lookAlikeReason === undefined ? {} : { lookAlikeReason: item.lookAlikeReason }),
  });
  return {
    ...findingRow(record, context.obligation),
    summary: context.obligation.summary,
    reason: record.reason,
    updatedBy: record.updatedBy,
    candidates: engine.candidates.map(candidate),
    lookAlikes: engine.lookAlikes.map(candidate),
    elements: engine.elements.map((element) => ({
      id: element.id,
      label: element.label,
      required: element.required,
      present: element.present,
      ...(element.provision === undefined ? {} : { provision: element.provision }),
      ...(element.evidence === undefined ? {} : { evidence: element.evidence }),
    })),
    conflicts: engine.conflicts.map((conflict) => ({
      ...conflict,
      evidence: [...conflict.evidence],
    })),
    texts: engine.texts.map((text) => ({ ...text })),
    comments: context.comments.map((comment) => ({
      id: comment.id,
      author: comment.author,
      body: comment.body,
      createdAt: comment.createdAt,
    })),
  };
}
