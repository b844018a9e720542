import type {
  LiveParticipant,
  LiveQuestion,
  LiveRecommendation,
  OwnContribution,
} from '../contract/live-session.js';
import type { ContributionRecord, QuestionRecord } from '../store/repos/live-session.js';
import type { ParticipantRecord } from '../store/repos/participants.js';
import type { RecommendationRecord } from '../store/repos/recommendations.js';

/* What the live session's records look like on the wire. */

export const toLiveParticipant = (participant: ParticipantRecord): LiveParticipant => ({
  id: participant.id,
  name: participant.name,
  organisation: participant.organisation,
  sector: participant.sector,
  sex: participant.sex,
});

export const toLiveRecommendation = (record: RecommendationRecord): LiveRecommendation => ({
  id: record.id,
  number: record.number,
  title: record.title,
  wording: record.wording,
  wordingVersion: record.wordingVersion,
  status: record.status,
  obligationIds: record.obligationIds,
  version: record.version,
});

export const toLiveQuestion = (question: QuestionRecord): LiveQuestion => ({
  id: question.id,
  recommendationId: question.recommendationId,
  wordingVersion: question.wordingVersion,
  prompt: question.prompt,
  status: question.status,
  openedAt: question.openedAt,
  closedAt: question.closedAt,
});

export const toOwnContribution = (contribution: ContributionRecord): OwnContribution => ({
  id: contribution.id,
  recommendationId: contribution.recommendationId,
  kind: contribution.kind,
  body: contribution.body,
  proposedWording: contribution.proposedWording,
  status: contribution.status,
  createdAt: contribution.createdAt,
});

/** The page phones open for a workshop, under the server's address. */
export function joinUrlOf(baseUrl: string, joinCode: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/#/join/${joinCode}`;
}
