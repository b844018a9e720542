import type { ChairLiveSession } from '../contract/live-session.js';
import { countPeople, countVotes, listContributions } from '../store/repos/live-session.js';
import { listRecommendations } from '../store/repos/recommendations.js';
import { listSessions } from '../store/repos/workshops.js';
import type { Actor } from './accounts.js';
import { screenOf } from './live-participants.js';
import { localDay } from './local-day.js';
import { requireWorkshop } from './workshops.js';
import {
  joinUrlOf,
  toLiveQuestion,
  toLiveRecommendation,
  toOwnContribution,
} from './live-views.js';
import type { Workspace } from './workspace.js';

/** The chair's screen: the recommendation on screen, the vote and its live count, the room. */
export async function getLiveSession(
  workspace: Workspace,
  request: {
    readonly actor: Actor;
    readonly projectId: string;
    readonly workshopId: string;
    readonly baseUrl: string;
  },
): Promise<ChairLiveSession> {
  const db = workspace.store.db;
  const { workshop } = await requireWorkshop(db, { ...request, action: 'workshop.manage' });
  const { recommendation, question } = await screenOf(db, workshop);
  const agenda = new Set(
    (await listSessions(db, workshop.id)).flatMap((session) => session.recommendationIds),
  );
  const recommendations = await listRecommendations(db, workshop.projectId);
  const contributions =
    recommendation === undefined
      ? []
      : await listContributions(db, {
          workshopId: workshop.id,
          recommendationId: recommendation.id,
        });
  const people = await countPeople(db, { workshopId: workshop.id, day: localDay() });
  return {
    workshop: {
      id: workshop.id,
      title: workshop.title,
      place: workshop.place,
      startsOn: workshop.startsOn,
      endsOn: workshop.endsOn,
      joinCode: workshop.joinCode,
    },
    joinUrl: joinUrlOf(request.baseUrl, workshop.joinCode),
    recommendation: recommendation === undefined ? null : toLiveRecommendation(recommendation),
    question: question === undefined ? null : toLiveQuestion(question),
    tally: question === undefined ? null : await countVotes(db, question.id),
    contributions: contributions.map((contribution) => ({
      ...toOwnContribution(contribution),
      participant: contribution.participant,
    })),
    counts: {
      participants: people.participants,
      joined: people.joined,
      presentToday: people.present,
    },
    choices: recommendations
      .map((item) => ({
        id: item.id,
        number: item.number,
        title: item.title,
        status: item.status,
        onAgenda: agenda.has(item.id),
      }))
      .sort((a, b) => Number(b.onAgenda) - Number(a.onAgenda) || a.number - b.number),
  };
}
