import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectRole } from '../core/access/permissions.js';
import { listAudit } from '../store/repos/audit.js';
import { insertFindings } from '../store/repos/findings.js';
import type { FindingWrite } from '../store/repos/findings.js';
import { insertContribution } from '../store/repos/live-session.js';
import { openTestStore, TEST_DIALECTS, type TestStore } from '../store/testing/test-stores.js';
import { buildParticipant, buildWorkshop } from '../store/testing/workshop-factories.js';
import type { Actor } from './accounts.js';
import { loadCatalogueIndex } from './catalogue-files.js';
import {
  amendRecommendation,
  commentOnRecommendation,
  createRecommendation,
  decideRecommendation,
  deleteRecommendation,
  getRecommendation,
  listRecommendations,
  proposeRecommendation,
  recommendationDiff,
  updateRecommendation,
} from './recommendations.js';
import { expectAppError, projectWithPeople, type ProjectPeople } from './testing/project-people.js';
import type { Workspace } from './workspace.js';

const catalogue = loadCatalogueIndex();

function finding(projectId: string, obligationId: string, status: string): FindingWrite {
  return {
    projectId,
    obligationId,
    status,
    engineStatus: status,
    engine: {},
    summary: {},
    mappings: [],
    reason: '',
    statusSetByAnalyst: false,
    confirmedAt: null,
    updatedById: null,
    confirmedById: null,
  };
}

const NEW_LAW = {
  title: 'Adopter une loi spécifique sur le trafic illicite de migrants',
  type: 'new_law',
  priority: 'high',
  targetLawId: null,
  targetText: 'Nouvelle loi',
  targetArticle: '',
  wording: 'Le Mali adopte une loi incriminant le trafic illicite de migrants.',
  rationale: 'La loi 2012-023 ne traite que de la traite.',
  findingIds: ['SOM.6.1.a'],
  obligationIds: ['SOM.6.1.b.i'],
} as const;

describe.each(TEST_DIALECTS)('recommendation use-cases on %s', (dialect) => {
  let test: TestStore;
  let workspace: Workspace;
  let projectId: string;
  let people: ProjectPeople;
  const as = (role: ProjectRole | 'outsider'): Actor => people.as(role);

  beforeEach(async () => {
    test = await openTestStore(dialect);
    workspace = { store: test.store, catalogue };
    const db = test.store.db;
    people = await projectWithPeople(workspace, [
      'analyst',
      'reviewer',
      'drafter',
      'organiser',
      'observer',
    ]);
    projectId = people.projectId;
    await insertFindings(db, [
      finding(projectId, 'SOM.6.1.a', 'missing'),
      finding(projectId, 'TIP.6.3.a', 'partial'),
    ]);
  });
  afterEach(() => test.cleanup());

  const create = (
    role: ProjectRole | 'outsider' = 'analyst',
    overrides: Record<string, unknown> = {},
  ) =>
    createRecommendation(workspace, {
      actor: as(role),
      projectId,
      input: {
        ...NEW_LAW,
        findingIds: [...NEW_LAW.findingIds],
        obligationIds: [...NEW_LAW.obligationIds],
        ...overrides,
      },
    });

  it('numbers new recommendations, links the findings, takes the theme from the catalogue', async () => {
    const first = await create();
    const second = await create('drafter', { findingIds: [], obligationIds: ['TIP.6.3.a'] });
    expect([first.label, second.label]).toEqual(['R1', 'R2']);
    expect(first).toMatchObject({
      status: 'draft',
      theme: 'criminalization',
      findingIds: ['SOM.6.1.a'],
      obligationIds: ['SOM.6.1.a', 'SOM.6.1.b.i'],
      wordingVersion: 1,
      version: 1,
      createdBy: { name: 'A analyst' },
      findings: [
        {
          obligationId: 'SOM.6.1.a',
          status: 'missing',
          title: catalogue.byId.get('SOM.6.1.a')?.title,
        },
      ],
    });
    expect(first.versions).toEqual([
      expect.objectContaining({ number: 1, wording: NEW_LAW.wording, diff: [] }),
    ]);
    expect(second.theme).toBe('victim_protection');
    const [entry] = await listAudit(test.store.db, {
      projectId,
      objectType: 'recommendation',
      objectId: first.id,
      limit: 5,
    });
    expect(entry).toMatchObject({
      action: 'recommendation.create',
      actor: { name: 'A analyst' },
      before: null,
      after: { label: 'R1', status: 'draft', wording: NEW_LAW.wording },
    });
  });

  it('gives distinct numbers to recommendations created at the same time', async () => {
    const created = await Promise.all([create(), create('drafter'), create('owner'), create()]);
    expect(created.map((item) => item.number).sort()).toEqual([1, 2, 3, 4]);
  });

  it('refuses unknown obligations, findings the project lacks, and laws of other projects', async () => {
    const error = await expectAppError(
      create('analyst', {
        findingIds: ['TIP.5.1'],
        obligationIds: ['XYZ.1'],
        targetLawId: 'not-a-law',
        theme: 'astronomy',
      }),
      'validation_failed',
    );
    expect(error.issues).toEqual([
      'obligationIds: XYZ.1 is not in the catalogue',
      'findingIds: the project has no finding on TIP.5.1',
      'targetLawId: not a law of this project',
      'theme: astronomy is not a theme of the catalogue',
    ]);
    expect(
      (await listRecommendations(workspace, { actor: as('observer'), projectId })).recommendations,
    ).toEqual([]);
  });

  it('lets only writers create and edit, members read, and hides the project from outsiders', async () => {
    for (const role of ['reviewer', 'organiser', 'observer'] as const) {
      await expectAppError(create(role), 'forbidden');
    }
    await expectAppError(create('outsider'), 'not_found');
    const made = await create();
    const request = { projectId, recommendationId: made.id };
    expect((await getRecommendation(workspace, { actor: as('observer'), ...request })).id).toBe(
      made.id,
    );
    await expectAppError(
      getRecommendation(workspace, { actor: as('outsider'), ...request }),
      'not_found',
    );
    await expectAppError(
      updateRecommendation(workspace, {
        actor: as('reviewer'),
        ...request,
        changes: { title: 'x', version: 1 },
      }),
      'forbidden',
    );
    const updated = await updateRecommendation(workspace, {
      actor: as('drafter'),
      ...request,
      changes: { priority: 'medium', findingIds: ['TIP.6.3.a'], version: 1 },
    });
    expect(updated).toMatchObject({
      priority: 'medium',
      findingIds: ['TIP.6.3.a'],
      obligationIds: ['TIP.6.3.a', 'SOM.6.1.a', 'SOM.6.1.b.i'],
      wording: NEW_LAW.wording,
      version: 2,
    });
  });

  it('refuses a stale version with a conflict naming the recommendation', async () => {
    const made = await create();
    const request = { actor: as('analyst'), projectId, recommendationId: made.id };
    await updateRecommendation(workspace, {
      ...request,
      changes: { title: 'Nouveau', version: 1 },
    });
    await expectAppError(
      updateRecommendation(workspace, { ...request, changes: { title: 'Perdu', version: 1 } }),
      'conflict',
      /Someone changed R1/,
    );
    await expectAppError(
      amendRecommendation(workspace, { ...request, wording: 'Autre', note: '', version: 1 }),
      'conflict',
    );
    await expectAppError(
      proposeRecommendation(workspace, { ...request, status: 'proposed', reason: '', version: 1 }),
      'conflict',
    );
    expect((await getRecommendation(workspace, request)).title).toBe('Nouveau');
  });

  it('walks the lifecycle: proposed by a writer, discussed and decided by a decider, audited', async () => {
    const made = await create();
    const ids = { projectId, recommendationId: made.id };
    const proposed = await proposeRecommendation(workspace, {
      actor: as('analyst'),
      ...ids,
      status: 'proposed',
      reason: 'Prête pour l’atelier',
      version: made.version,
    });
    await expectAppError(
      decideRecommendation(workspace, {
        actor: as('analyst'),
        ...ids,
        status: 'under_discussion',
        reason: '',
      }),
      'forbidden',
    );
    await expectAppError(
      decideRecommendation(workspace, {
        actor: as('reviewer'),
        ...ids,
        status: 'adopted',
        reason: 'Vote',
      }),
      'conflict',
      /cannot become adopted/,
    );
    const discussed = await decideRecommendation(workspace, {
      actor: as('reviewer'),
      ...ids,
      status: 'under_discussion',
      reason: '',
      version: proposed.version,
    });
    await expectAppError(
      decideRecommendation(workspace, {
        actor: as('reviewer'),
        ...ids,
        status: 'adopted',
        reason: ' ',
      }),
      'validation_failed',
      /A decision needs a reason/,
    );
    await expectAppError(
      decideRecommendation(workspace, {
        actor: as('reviewer'),
        ...ids,
        status: 'adopted_with_changes',
        reason: 'Vote',
      }),
      'conflict',
      /new version of the wording/,
    );
    const amended = await amendRecommendation(workspace, {
      actor: as('analyst'),
      ...ids,
      wording: 'Le Mali adopte sans délai une loi incriminant le trafic illicite de migrants.',
      note: 'Proposition de la plénière',
      version: discussed.version,
    });
    expect(amended.wordingChangedInDiscussion).toBe(true);
    expect(amended.versions[1]?.diff).toEqual([
      { kind: 'same', text: 'Le Mali adopte ' },
      { kind: 'added', text: 'sans délai ' },
      { kind: 'same', text: 'une loi incriminant le trafic illicite de migrants.' },
    ]);
    const adopted = await decideRecommendation(workspace, {
      actor: as('reviewer'),
      ...ids,
      status: 'adopted_with_changes',
      reason: 'Adoptée par consensus avec l’ajout',
      method: 'consensus',
      version: amended.version,
    });
    expect(adopted).toMatchObject({
      status: 'adopted_with_changes',
      decisionMethod: 'consensus',
      decisionNote: 'Adoptée par consensus avec l’ajout',
      decidedBy: { name: 'A reviewer' },
    });
    expect(adopted.transitions.map((item) => [item.from, item.to, item.actor.name])).toEqual([
      ['draft', 'proposed', 'A analyst'],
      ['proposed', 'under_discussion', 'A reviewer'],
      ['under_discussion', 'adopted_with_changes', 'A reviewer'],
    ]);
    await expectAppError(
      amendRecommendation(workspace, { actor: as('analyst'), ...ids, wording: 'Encore', note: '' }),
      'conflict',
      /re-open it/,
    );
    await expectAppError(
      decideRecommendation(workspace, {
        actor: as('organiser'),
        ...ids,
        status: 'under_discussion',
        reason: '',
      }),
      'validation_failed',
      /Re-opening a decision needs a reason/,
    );
    const reopened = await decideRecommendation(workspace, {
      actor: as('organiser'),
      ...ids,
      status: 'under_discussion',
      reason: 'Nouvelle session demandée par le ministère',
    });
    expect(reopened).toMatchObject({
      status: 'under_discussion',
      decisionMethod: null,
      decidedAt: null,
    });
    const audit = await listAudit(test.store.db, {
      projectId,
      objectType: 'recommendation',
      objectId: made.id,
      limit: 20,
    });
    expect(audit.map((entry) => entry.action).reverse()).toEqual([
      'recommendation.create',
      'recommendation.status',
      'recommendation.status',
      'recommendation.amend',
      'recommendation.status',
      'recommendation.status',
    ]);
    expect(audit[0]).toMatchObject({
      actor: { name: 'A organiser' },
      before: { status: 'adopted_with_changes' },
      after: { status: 'under_discussion', reason: 'Nouvelle session demandée par le ministère' },
    });
  });

  it('records a workshop decision with its vote, and a participant’s amendment taken up by the chair', async () => {
    const made = await create();
    const ids = { projectId, recommendationId: made.id };
    await proposeRecommendation(workspace, {
      actor: as('analyst'),
      ...ids,
      status: 'proposed',
      reason: '',
    });
    await decideRecommendation(workspace, {
      actor: as('organiser'),
      ...ids,
      status: 'under_discussion',
      reason: '',
    });
    const db = test.store.db;
    const workshop = await buildWorkshop(db, { projectId, createdBy: as('owner').id });
    const participant = await buildParticipant(db, workshop.id, {
      name: 'Fatoumata Diallo',
      organisation: 'AMDH',
    });
    const contribution = await insertContribution(db, {
      workshopId: workshop.id,
      recommendationId: made.id,
      participantId: participant.id,
      kind: 'amendment',
      body: 'Préciser « sans délai »',
      proposedWording: 'Le Mali adopte sans délai une loi.',
    });
    await expectAppError(
      amendRecommendation(workspace, {
        actor: as('analyst'),
        ...ids,
        wording: 'Le Mali adopte sans délai une loi.',
        note: '',
        contributionId: contribution.id,
      }),
      'forbidden',
    );
    const amended = await amendRecommendation(workspace, {
      actor: as('organiser'),
      ...ids,
      wording: 'Le Mali adopte sans délai une loi.',
      note: 'Amendement de l’AMDH',
      contributionId: contribution.id,
    });
    expect(amended.versions.at(-1)).toMatchObject({ number: 2, contributionId: contribution.id });
    expect(amended.contributions).toEqual([
      expect.objectContaining({
        id: contribution.id,
        participant: { name: 'Fatoumata Diallo', organisation: 'AMDH' },
        kind: 'amendment',
        proposedWording: 'Le Mali adopte sans délai une loi.',
      }),
    ]);
    const decided = await decideRecommendation(workspace, {
      actor: as('organiser'),
      ...ids,
      status: 'adopted_with_changes',
      reason: 'Vote en plénière',
      workshop: {
        workshopId: workshop.id,
        questionId: null,
        method: 'vote',
        tally: { for: 28, against: 3, abstain: 5 },
      },
    });
    expect(decided.decisionMethod).toBe('vote');
    expect(decided.transitions.at(-1)).toMatchObject({
      to: 'adopted_with_changes',
      workshopId: workshop.id,
      method: 'vote',
      tally: { for: 28, against: 3, abstain: 5 },
    });
  });

  it('deletes only drafts, keeps comments, and diffs any two versions', async () => {
    const made = await create();
    const ids = { projectId, recommendationId: made.id };
    const comment = await commentOnRecommendation(workspace, {
      actor: as('reviewer'),
      ...ids,
      body: 'Citer l’article 6',
    });
    expect(comment).toMatchObject({ author: { name: 'A reviewer' }, body: 'Citer l’article 6' });
    await expectAppError(
      commentOnRecommendation(workspace, { actor: as('observer'), ...ids, body: 'x' }),
      'forbidden',
    );
    await amendRecommendation(workspace, {
      actor: as('analyst'),
      ...ids,
      wording: 'Le Mali adopte une loi.',
      note: '',
    });
    const detail = await getRecommendation(workspace, { actor: as('observer'), ...ids });
    expect(detail.comments.map((item) => item.body)).toEqual(['Citer l’article 6']);
    const diff = await recommendationDiff(workspace, {
      actor: as('observer'),
      ...ids,
      from: 2,
      to: 1,
    });
    expect(
      diff.segments
        .filter((segment) => segment.kind === 'added')
        .map((s) => s.text)
        .join(''),
    ).toContain('incriminant');
    await expectAppError(
      recommendationDiff(workspace, { actor: as('observer'), ...ids, from: 1, to: 7 }),
      'not_found',
      /no version 7 \(it has 1 to 2\)/,
    );
    await proposeRecommendation(workspace, {
      actor: as('analyst'),
      ...ids,
      status: 'proposed',
      reason: '',
    });
    await expectAppError(
      deleteRecommendation(workspace, { actor: as('analyst'), ...ids }),
      'conflict',
      /only a draft/,
    );
    await proposeRecommendation(workspace, {
      actor: as('analyst'),
      ...ids,
      status: 'draft',
      reason: 'À revoir',
    });
    await expectAppError(
      deleteRecommendation(workspace, { actor: as('reviewer'), ...ids }),
      'forbidden',
    );
    expect(await deleteRecommendation(workspace, { actor: as('drafter'), ...ids })).toEqual({
      ok: true,
    });
    await expectAppError(getRecommendation(workspace, { actor: as('owner'), ...ids }), 'not_found');
    const [entry] = await listAudit(test.store.db, {
      projectId,
      objectType: 'recommendation',
      objectId: made.id,
      limit: 1,
    });
    expect(entry).toMatchObject({
      action: 'recommendation.delete',
      after: null,
      before: { label: 'R1' },
    });
  });

  it('filters the list', async () => {
    await create();
    await create('analyst', {
      title: 'Protéger l’identité des victimes',
      type: 'add',
      priority: 'low',
      findingIds: ['TIP.6.3.a'],
      obligationIds: [],
    });
    const list = (filter: Record<string, string>) =>
      listRecommendations(workspace, { actor: as('observer'), projectId, filter }).then((result) =>
        result.recommendations.map((item) => item.label),
      );
    expect(await list({})).toEqual(['R1', 'R2']);
    expect(await list({ type: 'add' })).toEqual(['R2']);
    expect(await list({ theme: 'victim_protection' })).toEqual(['R2']);
    expect(await list({ obligationId: 'SOM.6.1.b.i' })).toEqual(['R1']);
    expect(await list({ q: 'identité' })).toEqual(['R2']);
  });
});
