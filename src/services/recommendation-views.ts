import { FINDING_STATUSES, type FindingStatus } from '../contract/common.js';
import type {
  RecommendationContribution,
  RecommendationDetail,
  RecommendationSummary,
  RecommendationVersion,
} from '../contract/recommendations.js';
import type { CatalogueIndex } from '../core/catalogue/catalogue-index.js';
import { wordingChangedInDiscussion } from '../core/recommendations/lifecycle.js';
import { wordDiff } from '../core/recommendations/word-diff.js';
import { CONTRIBUTION_KINDS, CONTRIBUTION_STATUSES, isOneOf } from '../core/workshop/vocabulary.js';
import type { CommentRecord } from '../store/repos/comments.js';
import type { FindingSummaryRecord } from '../store/repos/findings.js';
import type {
  RecommendationContributionRecord,
  RecommendationRecord,
  RecommendationTransitionRecord,
  RecommendationVersionRecord,
} from '../store/repos/recommendations.js';

/** How people name a recommendation: R1, R2… */
export const recommendationLabel = (number: number): string => `R${number}`;

/** One line of the list, one card of the board. */
export function recommendationSummary(record: RecommendationRecord): RecommendationSummary {
  return {
    id: record.id,
    number: record.number,
    label: recommendationLabel(record.number),
    title: record.title,
    type: record.type,
    priority: record.priority,
    status: record.status,
    theme: record.theme,
    obligationIds: record.obligationIds,
    findingIds: record.findingIds,
    targetText: record.targetText,
    targetArticle: record.targetArticle,
    wordingVersion: record.wordingVersion,
    updatedAt: record.updatedAt,
    version: record.version,
  };
}

const asFindingStatus = (value: string): FindingStatus =>
  isOneOf(FINDING_STATUSES, value) ? value : 'not_assessed';

/** The versions of the wording, each with what it changed in the one before. */
export function versionViews(
  versions: readonly RecommendationVersionRecord[],
): RecommendationVersion[] {
  return versions.map((version, index) => {
    const previous = index === 0 ? undefined : versions[index - 1];
    return {
      number: version.number,
      wording: version.wording,
      note: version.note,
      author: version.author,
      createdAt: version.createdAt,
      contributionId: version.contributionId,
      diff: previous === undefined ? [] : wordDiff(previous.wording, version.wording),
    };
  });
}

function contributionView(record: RecommendationContributionRecord): RecommendationContribution {
  return {
    id: record.id,
    workshopId: record.workshopId,
    participant: { name: record.participant.name, organisation: record.participant.organisation },
    kind: isOneOf(CONTRIBUTION_KINDS, record.kind) ? record.kind : 'comment',
    body: record.body,
    proposedWording: record.proposedWording,
    status: isOneOf(CONTRIBUTION_STATUSES, record.status) ? record.status : 'open',
    createdAt: record.createdAt,
  };
}

/** Everything the recommendation page shows. */
export function recommendationDetail(
  record: RecommendationRecord,
  context: {
    readonly catalogue: CatalogueIndex;
    readonly targetLawTitle: string | null;
    readonly findings: ReadonlyMap<string, FindingSummaryRecord>;
    readonly versions: readonly RecommendationVersionRecord[];
    readonly transitions: readonly RecommendationTransitionRecord[];
    readonly comments: readonly CommentRecord[];
    readonly contributions: readonly RecommendationContributionRecord[];
  },
): RecommendationDetail {
  const titleOf = (obligationId: string) =>
    context.catalogue.byId.get(obligationId)?.title ?? { en: obligationId, fr: obligationId };
  return {
    ...recommendationSummary(record),
    targetLawId: record.targetLawId,
    targetLawTitle: context.targetLawTitle,
    wording: record.wording,
    rationale: record.rationale,
    decisionMethod: record.decisionMethod,
    decisionNote: record.decisionNote,
    decidedAt: record.decidedAt,
    decidedBy: record.decidedBy,
    createdAt: record.createdAt,
    createdBy: record.createdBy,
    updatedBy: record.updatedBy,
    wordingChangedInDiscussion: wordingChangedInDiscussion({
      transitions: context.transitions,
      versions: context.versions,
    }),
    findings: record.findingIds.map((obligationId) => {
      const finding = context.findings.get(obligationId);
      return {
        obligationId,
        title: titleOf(obligationId),
        status: finding === undefined ? null : asFindingStatus(finding.status),
      };
    }),
    obligations: record.obligationIds.map((obligationId) => ({
      obligationId,
      title: titleOf(obligationId),
      theme: context.catalogue.byId.get(obligationId)?.theme ?? '',
    })),
    versions: versionViews(context.versions),
    transitions: context.transitions.map((transition) => ({
      from: transition.from,
      to: transition.to,
      reason: transition.reason,
      actor: transition.actor,
      at: transition.at,
      workshopId: transition.workshopId,
      method: transition.method,
      tally: transition.tally,
    })),
    comments: context.comments.map((comment) => ({
      id: comment.id,
      author: comment.author,
      body: comment.body,
      createdAt: comment.createdAt,
    })),
    contributions: context.contributions.map(contributionView),
  };
}
