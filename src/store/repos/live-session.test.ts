import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../schema.js';
import { buildProject } from '../testing/factories.js';
import { TEST_DIALECTS } from '../testing/test-stores.js';
import { useTestStore } from '../testing/use-test-store.js';
import {
  closeQuestion,
  countVotes,
  decideContribution,
  findVote,
  insertContribution,
  insertQuestion,
  latestQuestion,
  listContributions,
  listOpenQuestions,
  setLiveState,
  upsertVote,
} from './live-session.js';
import { insertWorkshop, findWorkshop } from './workshops.js';

/** A project with one workshop, one recommendation and `people` participants, as plain rows. */
async function seed(db: Kysely<Database>, people: number) {
  const project = await buildProject(db);
  const workshop = await insertWorkshop(db, {
    projectId: project.id,
    joinCode: `T${randomUUID().slice(0, 5).toUpperCase()}`,
    createdBy: project.createdBy,
    title: 'Atelier de validation',
    startsOn: '2026-03-10',
    endsOn: '2026-03-11',
    place: 'Bamako',
    organisers: '',
    partners: '',
    description: '',
  });
  const now = new Date().toISOString();
  const recommendationId = randomUUID();
  await db
    .insertInto('recommendations')
    .values({
      id: recommendationId,
      project_id: project.id,
      number: 1,
      title: 'Protéger les victimes',
      type: 'amend',
      priority: 'high',
      status: 'under_discussion',
      theme: '',
      target_law_id: null,
      target_text: '',
      target_article: '',
      wording: 'Les victimes ne sont pas poursuivies.',
      wording_version: 1,
      rationale: '',
      finding_ids_json: '[]',
      obligation_ids_json: '[]',
      decision_method: null,
      decision_note: '',
      decided_at: null,
      decided_by: null,
      created_at: now,
      created_by: project.createdBy,
      updated_at: now,
      updated_by: null,
      version: 1,
    })
    .execute();
  const participants: string[] = [];
  for (let index = 0; index < people; index++) {
    const id = randomUUID();
    await db
      .insertInto('participants')
      .values({
        id,
        workshop_id: workshop.id,
        name: `Participant ${index}`,
        organisation: 'Ministère de la Justice',
        sector: 'justice',
        function_title: '',
        sex: index % 3 === 0 ? 'female' : 'male',
        email: '',
        phone: '',
        registered_by: 'self',
        device_hash: null,
        created_at: now,
      })
      .execute();
    participants.push(id);
  }
  return { project, workshop, recommendationId, participants };
}

describe.each(TEST_DIALECTS)('live session records on %s', (dialect) => {
  const { db } = useTestStore(dialect);

  it('keeps one vote per participant per question, however many arrive at once', async () => {
    const { project, workshop, recommendationId, participants } = await seed(db(), 50);
    const question = await insertQuestion(db(), {
      workshopId: workshop.id,
      recommendationId,
      wordingVersion: 1,
      prompt: '',
      openedBy: project.createdBy,
    });
    const [first] = participants;
    if (first === undefined) throw new Error('no participant');
    const choices = ['for', 'against', 'abstain'] as const;
    // One phone sending twenty votes at the same moment (double taps, retries).
    const twenty = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        upsertVote(db(), {
          workshopId: workshop.id,
          questionId: question.id,
          participantId: first,
          choice: choices[index % 3] ?? 'for',
        }),
      ),
    );
    expect(twenty.every((vote) => vote?.participantId === first)).toBe(true);
    const mine = await db()
      .selectFrom('votes')
      .selectAll()
      .where('participant_id', '=', first)
      .execute();
    expect(mine).toHaveLength(1);

    // Fifty participants at once, each twice.
    await Promise.all(
      participants.flatMap((participantId, index) =>
        [0, 1].map(() =>
          upsertVote(db(), {
            workshopId: workshop.id,
            questionId: question.id,
            participantId,
            choice: index < 30 ? 'for' : index < 45 ? 'against' : 'abstain',
          }),
        ),
      ),
    );
    const rows = await db()
      .selectFrom('votes')
      .select('participant_id')
      .where('question_id', '=', question.id)
      .execute();
    expect(rows).toHaveLength(50);
    expect(await countVotes(db(), question.id)).toEqual({ for: 30, against: 15, abstain: 5 });
  });

  it('changes a vote while the question is open and refuses any once it is closed', async () => {
    const { project, workshop, recommendationId, participants } = await seed(db(), 1);
    const participantId = participants[0] ?? '';
    const question = await insertQuestion(db(), {
      workshopId: workshop.id,
      recommendationId,
      wordingVersion: 1,
      prompt: 'Adopter R1 ?',
      openedBy: project.createdBy,
    });
    const vote = (choice: 'for' | 'against') =>
      upsertVote(db(), { workshopId: workshop.id, questionId: question.id, participantId, choice });
    expect(await vote('for')).toMatchObject({ choice: 'for' });
    expect(await vote('against')).toMatchObject({ choice: 'against' });
    expect((await findVote(db(), question.id, participantId))?.choice).toBe('against');
    expect(await listOpenQuestions(db(), workshop.id)).toHaveLength(1);

    expect(
      await closeQuestion(db(), {
        workshopId: workshop.id,
        questionId: question.id,
        closedBy: project.createdBy,
      }),
    ).toBe(true);
    expect(
      await closeQuestion(db(), {
        workshopId: workshop.id,
        questionId: question.id,
        closedBy: project.createdBy,
      }),
    ).toBe(false);
    expect(await vote('for')).toBeUndefined();
    expect((await findVote(db(), question.id, participantId))?.choice).toBe('against');
    expect(await listOpenQuestions(db(), workshop.id)).toHaveLength(0);
    expect((await latestQuestion(db(), workshop.id, recommendationId))?.status).toBe('closed');
  });

  it('refuses a vote on another workshop’s question', async () => {
    const here = await seed(db(), 1);
    const there = await seed(db(), 0);
    const question = await insertQuestion(db(), {
      workshopId: there.workshop.id,
      recommendationId: there.recommendationId,
      wordingVersion: 1,
      prompt: '',
      openedBy: there.project.createdBy,
    });
    expect(
      await upsertVote(db(), {
        workshopId: here.workshop.id,
        questionId: question.id,
        participantId: here.participants[0] ?? '',
        choice: 'for',
      }),
    ).toBeUndefined();
    expect(await countVotes(db(), question.id)).toEqual({ for: 0, against: 0, abstain: 0 });
  });

  it('keeps what is on screen and the contributions with their authors', async () => {
    const { project, workshop, recommendationId, participants } = await seed(db(), 2);
    await setLiveState(db(), {
      workshopId: workshop.id,
      currentRecommendationId: recommendationId,
    });
    const stored = await findWorkshop(db(), project.id, workshop.id);
    expect(stored).toMatchObject({
      currentRecommendationId: recommendationId,
      currentQuestionId: null,
    });

    const comment = await insertContribution(db(), {
      workshopId: workshop.id,
      recommendationId,
      participantId: participants[0] ?? '',
      kind: 'comment',
      body: 'Préciser « victime ».',
      proposedWording: null,
    });
    const amendment = await insertContribution(db(), {
      workshopId: workshop.id,
      recommendationId,
      participantId: participants[1] ?? '',
      kind: 'amendment',
      body: 'Plus clair',
      proposedWording: 'Les victimes de la traite ne sont pas poursuivies.',
    });
    expect(comment.participant).toMatchObject({ name: 'Participant 0' });
    const decide = (status: 'accepted' | 'dismissed') =>
      decideContribution(db(), {
        workshopId: workshop.id,
        contributionId: amendment.id,
        status,
        decidedBy: project.createdBy,
      });
    expect(await decide('accepted')).toBe(true);
    expect(await decide('dismissed')).toBe(false);
    const listed = await listContributions(db(), { workshopId: workshop.id, recommendationId });
    expect(listed.map((item) => [item.kind, item.status])).toEqual([
      ['comment', 'open'],
      ['amendment', 'accepted'],
    ]);
    const own = await listContributions(db(), {
      workshopId: workshop.id,
      participantId: participants[0] ?? '',
    });
    expect(own.map((item) => item.id)).toEqual([comment.id]);
  });
});
