import { describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { buildProject, buildUser } from '../testing/factories.js';
import { TEST_DIALECTS } from '../testing/test-stores.js';
import { useTestStore } from '../testing/use-test-store.js';
import {
  deleteRecommendation,
  findRecommendation,
  insertRecommendation,
  insertRecommendationTransition,
  insertRecommendationVersion,
  isUniqueViolation,
  listRecommendationTransitions,
  listRecommendationVersions,
  listRecommendations,
  updateRecommendation,
} from './recommendations.js';
import type { RecommendationInsert } from './recommendations.js';

function input(
  projectId: string,
  createdById: string,
  overrides: Partial<RecommendationInsert> = {},
): RecommendationInsert & { versionNote: string } {
  return {
    projectId,
    title: 'Adopter une loi sur le trafic illicite de migrants',
    type: 'new_law',
    priority: 'high',
    status: 'draft',
    theme: 'smuggling',
    targetLawId: null,
    targetText: 'Nouvelle loi',
    targetArticle: '',
    wording: 'Le Mali adopte une loi spécifique.',
    rationale: 'Aucune incrimination du trafic illicite de migrants.',
    findingIds: ['SOM.6.1.a'],
    obligationIds: ['SOM.6.1.a', 'SOM.6.1.b'],
    createdById,
    versionNote: 'Première rédaction',
    ...overrides,
  };
}

async function setUp(db: Kysely<Database>) {
  const author = await buildUser(db, { name: 'Awa Traoré' });
  const project = await buildProject(db, { createdBy: author.id });
  return { author, project };
}

describe.each(TEST_DIALECTS)('recommendations on %s', (dialect) => {
  const { db, test } = useTestStore(dialect);

  it('numbers recommendations per project and stores version 1 of the wording', async () => {
    const { author, project } = await setUp(db());
    const other = await buildProject(db(), { createdBy: author.id });
    const first = await insertRecommendation(db(), input(project.id, author.id));
    const second = await insertRecommendation(db(), input(project.id, author.id));
    const elsewhere = await insertRecommendation(db(), input(other.id, author.id));
    expect([first.number, second.number, elsewhere.number]).toEqual([1, 2, 1]);
    expect(first).toMatchObject({
      projectId: project.id,
      type: 'new_law',
      priority: 'high',
      status: 'draft',
      wordingVersion: 1,
      findingIds: ['SOM.6.1.a'],
      obligationIds: ['SOM.6.1.a', 'SOM.6.1.b'],
      createdBy: { id: author.id, name: 'Awa Traoré' },
      updatedBy: { id: author.id, name: 'Awa Traoré' },
      decidedBy: null,
      decisionMethod: null,
      version: 1,
    });
    const versions = await listRecommendationVersions(db(), first.id);
    expect(versions).toEqual([
      {
        recommendationId: first.id,
        number: 1,
        wording: 'Le Mali adopte une loi spécifique.',
        note: 'Première rédaction',
        author: { id: author.id, name: 'Awa Traoré' },
        contributionId: null,
        createdAt: versions[0]?.createdAt,
      },
    ]);
  });

  it('gives distinct numbers to recommendations created at the same time', async () => {
    const { author, project } = await setUp(db());
    const store = test().store;
    const created = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        store.transaction(async (tx) => {
          const record = await insertRecommendation(
            tx,
            input(project.id, author.id, { title: `R ${index}` }),
          );
          // Hold the transaction open a moment so the others overlap with it.
          await new Promise((resolve) => setTimeout(resolve, 20));
          return record;
        }),
      ),
    );
    expect(created.map((record) => record.number).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    expect(await listRecommendations(db(), project.id)).toHaveLength(6);
  });

  it('lets no creator starve while others keep creating', async () => {
    const { author, project } = await setUp(db());
    const store = test().store;
    const writers = Array.from({ length: 4 }, async () => {
      const numbers: number[] = [];
      for (let index = 0; index < 12; index += 1) {
        const record = await store.transaction((tx) =>
          insertRecommendation(tx, input(project.id, author.id)),
        );
        numbers.push(record.number);
      }
      return numbers;
    });
    const numbers = (await Promise.all(writers)).flat().sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 48 }, (_, index) => index + 1));
  });

  it('never reuses the number of a deleted recommendation below the highest', async () => {
    const { author, project } = await setUp(db());
    const first = await insertRecommendation(db(), input(project.id, author.id));
    await insertRecommendation(db(), input(project.id, author.id));
    expect(await deleteRecommendation(db(), project.id, first.id)).toBe(true);
    expect(await deleteRecommendation(db(), project.id, first.id)).toBe(false);
    const third = await insertRecommendation(db(), input(project.id, author.id));
    expect(third.number).toBe(3);
    expect(await findRecommendation(db(), project.id, first.id)).toBeUndefined();
    expect(await listRecommendationVersions(db(), first.id)).toEqual([]);
  });

  it('finds a recommendation only in its own project', async () => {
    const { author, project } = await setUp(db());
    const other = await buildProject(db(), { createdBy: author.id });
    const record = await insertRecommendation(db(), input(project.id, author.id));
    expect(await findRecommendation(db(), project.id, record.id)).toEqual(record);
    expect(await findRecommendation(db(), other.id, record.id)).toBeUndefined();
  });

  it('lists by number with filters on status, type, priority, theme, obligation and text', async () => {
    const { author, project } = await setUp(db());
    const som = await insertRecommendation(db(), input(project.id, author.id));
    const victims = await insertRecommendation(
      db(),
      input(project.id, author.id, {
        title: 'Élargir la protection des victimes',
        type: 'amend',
        priority: 'medium',
        status: 'proposed',
        theme: 'protection',
        wording: "L'article 20 est complété.",
        rationale: 'Assistance limitée.',
        findingIds: ['TIP.6.3'],
        obligationIds: ['TIP.6.3'],
      }),
    );
    const numbers = async (filter: Parameters<typeof listRecommendations>[2]) =>
      (await listRecommendations(db(), project.id, filter)).map((record) => record.number);
    expect(await numbers({})).toEqual([som.number, victims.number]);
    expect(await numbers({ status: 'proposed' })).toEqual([victims.number]);
    expect(await numbers({ type: 'new_law' })).toEqual([som.number]);
    expect(await numbers({ priority: 'medium' })).toEqual([victims.number]);
    expect(await numbers({ theme: 'smuggling' })).toEqual([som.number]);
    expect(await numbers({ obligationId: 'SOM.6.1.b' })).toEqual([som.number]);
    expect(await numbers({ obligationId: 'TIP.6.3' })).toEqual([victims.number]);
    expect(await numbers({ q: 'PROTECTION victimes' })).toEqual([victims.number]);
    expect(await numbers({ q: 'r2' })).toEqual([victims.number]);
    expect(await numbers({ q: 'article 20' })).toEqual([victims.number]);
    expect(await numbers({ q: '   ' })).toEqual([som.number, victims.number]);
    expect(await numbers({ status: 'proposed', type: 'new_law' })).toEqual([]);
  });

  it('updates with an optimistic version, or without one', async () => {
    const { author, project } = await setUp(db());
    const editor = await buildUser(db(), { name: 'Moussa Keïta' });
    const record = await insertRecommendation(db(), input(project.id, author.id));
    const updated = await updateRecommendation(db(), {
      projectId: project.id,
      recommendationId: record.id,
      changes: { title: 'Nouveau titre', obligationIds: ['SOM.6.1.a'], targetLawId: null },
      updatedById: editor.id,
      expectedVersion: 1,
    });
    expect(updated).toMatchObject({
      title: 'Nouveau titre',
      obligationIds: ['SOM.6.1.a'],
      wording: record.wording,
      updatedBy: { id: editor.id, name: 'Moussa Keïta' },
      version: 2,
    });
    const stale = await updateRecommendation(db(), {
      projectId: project.id,
      recommendationId: record.id,
      changes: { title: 'Perdu' },
      updatedById: editor.id,
      expectedVersion: 1,
    });
    expect(stale).toBe('conflict');
    const unchecked = await updateRecommendation(db(), {
      projectId: project.id,
      recommendationId: record.id,
      changes: {
        status: 'adopted',
        decisionMethod: 'vote',
        decisionNote: 'Adoptée',
        decidedAt: '2026-05-12T10:00:00.000Z',
        decidedById: editor.id,
      },
      updatedById: editor.id,
    });
    expect(unchecked).toMatchObject({
      title: 'Nouveau titre',
      status: 'adopted',
      decisionMethod: 'vote',
      decisionNote: 'Adoptée',
      decidedBy: { id: editor.id, name: 'Moussa Keïta' },
      version: 3,
    });
    expect(
      await updateRecommendation(db(), {
        projectId: project.id,
        recommendationId: 'missing',
        changes: { title: 'x' },
        updatedById: editor.id,
        expectedVersion: 1,
      }),
    ).toBeUndefined();
  });

  it('stores versions and transitions with their authors, workshop and tally', async () => {
    const { author, project } = await setUp(db());
    const record = await insertRecommendation(db(), input(project.id, author.id));
    await insertRecommendationVersion(db(), {
      recommendationId: record.id,
      number: 2,
      wording: 'Le Mali adopte sans délai une loi spécifique.',
      note: 'Amendement de la société civile',
      authorId: author.id,
      contributionId: 'contribution-1',
    });
    await expect(
      insertRecommendationVersion(db(), {
        recommendationId: record.id,
        number: 2,
        wording: 'doublon',
        note: '',
        authorId: author.id,
        contributionId: null,
      }),
    ).rejects.toSatisfy(isUniqueViolation);
    const versions = await listRecommendationVersions(db(), record.id);
    expect(versions.map((version) => [version.number, version.contributionId])).toEqual([
      [1, null],
      [2, 'contribution-1'],
    ]);

    await insertRecommendationTransition(db(), {
      recommendationId: record.id,
      from: 'draft',
      to: 'proposed',
      reason: 'Prête pour l’atelier',
      actorId: author.id,
    });
    await insertRecommendationTransition(db(), {
      recommendationId: record.id,
      from: 'under_discussion',
      to: 'adopted',
      reason: 'Vote en plénière',
      actorId: author.id,
      workshopId: 'workshop-1',
      questionId: 'question-1',
      method: 'vote',
      tally: { for: 31, against: 2, abstain: 4 },
    });
    const transitions = await listRecommendationTransitions(db(), record.id);
    expect(
      transitions.map(({ id, at, ...rest }) => (id > 0 && at !== '' ? rest : 'unset')),
    ).toEqual([
      {
        recommendationId: record.id,
        from: 'draft',
        to: 'proposed',
        reason: 'Prête pour l’atelier',
        actor: { id: author.id, name: 'Awa Traoré' },
        workshopId: null,
        questionId: null,
        method: null,
        tally: null,
      },
      {
        recommendationId: record.id,
        from: 'under_discussion',
        to: 'adopted',
        reason: 'Vote en plénière',
        actor: { id: author.id, name: 'Awa Traoré' },
        workshopId: 'workshop-1',
        questionId: 'question-1',
        method: 'vote',
        tally: { for: 31, against: 2, abstain: 4 },
      },
    ]);
  });

  it('tells a unique violation from other errors', () => {
    expect(isUniqueViolation({ code: '23505' })).toBe(true);
    expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBe(true);
    expect(isUniqueViolation({ code: '23503' })).toBe(false);
    expect(isUniqueViolation(new Error('x'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
