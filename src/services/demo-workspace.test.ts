import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../store/testing/test-stores.js';
import { actorOf, ensureFirstAdmin, FIRST_ADMIN_EMAIL } from './accounts.js';
import { loadCatalogueIndex } from './catalogue-files.js';
import { seedDemoWorkspace } from './demo-workspace.js';
import { findingTable } from './project-findings.js';
import { getRecommendation, listRecommendations } from './recommendations.js';
import { listProjects, projectMembers } from './projects.js';
import { findUserByEmail } from '../store/repos/users.js';
import type { Workspace } from './workspace.js';
import { workshopStatistics } from './workshop-records.js';
import { projectWorkshops, workshopDetail } from './workshops.js';

describe('the demo workspace a newcomer opens', () => {
  let test: TestStore;
  let workspace: Workspace;

  beforeAll(async () => {
    test = await openTestStore('sqlite');
    workspace = { store: test.store, catalogue: loadCatalogueIndex() };
  });
  afterAll(() => test.cleanup());

  it('creates the admin once, with a one-time password', async () => {
    const first = await ensureFirstAdmin(test.store);
    expect(first?.email).toBe(FIRST_ADMIN_EMAIL);
    expect(first?.password).toHaveLength(16);
    expect(await ensureFirstAdmin(test.store)).toBeUndefined();
    const admin = await findUserByEmail(test.store.db, FIRST_ADMIN_EMAIL);
    expect(admin).toMatchObject({ isAdmin: true, mustChangePassword: true });
  });

  it('holds the Malian demo law analysed, a committee, and a review under way', async () => {
    const user = await findUserByEmail(test.store.db, FIRST_ADMIN_EMAIL);
    if (user === undefined) throw new Error('no admin');
    const admin = actorOf(user);
    expect(await seedDemoWorkspace(workspace, admin, { today: '2026-12-09' })).toBe(true);
    const [project] = await listProjects(workspace, admin);
    expect(project).toMatchObject({ country: 'ML', language: 'fr', role: 'owner' });
    const projectId = project?.id ?? '';
    const members = await projectMembers(workspace, { actor: admin, projectId });
    expect(members.map((member) => member.role).sort()).toEqual(['analyst', 'owner', 'reviewer']);
    const table = await findingTable(workspace, { actor: admin, projectId, filter: {} });
    expect(table.progress.confirmed).toBe(3);
    const definition = table.findings.find((row) => row.obligationId === 'TIP.3.a');
    expect(definition).toMatchObject({ status: 'partial', confirmedBy: { name: 'Moussa Keïta' } });
    expect(table.findings.filter((row) => row.status === 'missing').length).toBeGreaterThan(20);
    expect(await seedDemoWorkspace(workspace, admin)).toBe(false);
  });

  it('holds recommendations drawn from the findings, ready for the validation workshop', async () => {
    const user = await findUserByEmail(test.store.db, FIRST_ADMIN_EMAIL);
    if (user === undefined) throw new Error('no admin');
    const admin = actorOf(user);
    const [project] = await listProjects(workspace, admin);
    const projectId = project?.id ?? '';
    const { recommendations } = await listRecommendations(workspace, { actor: admin, projectId });
    expect(recommendations.length).toBeGreaterThanOrEqual(6);
    expect(recommendations.length).toBeLessThanOrEqual(8);
    expect(recommendations.map((item) => item.label)).toEqual(
      recommendations.map((_, index) => `R${index + 1}`),
    );
    // All but one were proposed to the workshop, whose first two days decided five of them.
    expect(recommendations.map((item) => [item.label, item.status])).toEqual([
      ['R1', 'proposed'],
      ['R2', 'adopted'],
      ['R3', 'adopted'],
      ['R4', 'adopted_with_changes'],
      ['R5', 'adopted'],
      ['R6', 'deferred'],
      ['R7', 'draft'],
    ]);
    expect(recommendations[0]).toMatchObject({ type: 'new_law', priority: 'high' });
    expect(recommendations[0]?.findingIds).toContain('SOM.6.1.a');
    const table = await findingTable(workspace, { actor: admin, projectId, filter: {} });
    const findings = new Set(table.findings.map((row) => row.obligationId));
    for (const item of recommendations) {
      for (const id of item.obligationIds) expect(workspace.catalogue.byId.has(id), id).toBe(true);
      for (const id of item.findingIds) expect(findings.has(id), id).toBe(true);
      expect(item.obligationIds.length).toBeGreaterThan(0);
    }
    expect(recommendations.some((item) => item.obligationIds.includes('GP.nonpunishment'))).toBe(
      true,
    );
    const amended = recommendations.find((item) => item.label === 'R2');
    expect(amended?.wordingVersion).toBe(2);
    const detail = await getRecommendation(workspace, {
      actor: admin,
      projectId,
      recommendationId: amended?.id ?? '',
    });
    expect(detail.createdBy.name).toBe('Awa Traoré');
    expect(detail.targetLawTitle).not.toBeNull();
    expect(detail.versions[1]?.diff.some((segment) => segment.kind === 'added')).toBe(true);
  });

  it('holds the Bamako validation workshop: agenda, 52 participants (15 women), two days of attendance', async () => {
    const user = await findUserByEmail(test.store.db, FIRST_ADMIN_EMAIL);
    if (user === undefined) throw new Error('no admin');
    const admin = actorOf(user);
    const [project] = await listProjects(workspace, admin);
    const projectId = project?.id ?? '';
    const [summary, ...others] = await projectWorkshops(workspace, { actor: admin, projectId });
    expect(others).toEqual([]);
    expect(summary).toMatchObject({
      place: 'Bamako',
      startsOn: '2026-12-07',
      endsOn: '2026-12-11',
    });
    const ids = { actor: admin, projectId, workshopId: summary?.id ?? '' };
    const workshop = await workshopDetail(workspace, ids);
    expect(workshop.days).toHaveLength(5);
    const sessions = workshop.agenda.flatMap((day) => day.sessions);
    expect(workshop.agenda.map((day) => day.sessions.length > 0)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    const firstTwoDays = sessions.filter((session) => session.day <= '2026-12-08');
    expect(firstTwoDays.some((session) => session.obligationIds.includes('TIP.3.a'))).toBe(true);
    const linked = new Set(firstTwoDays.flatMap((session) => session.recommendationIds));
    const { recommendations } = await listRecommendations(workspace, { actor: admin, projectId });
    const toWorkshop = recommendations.filter((item) => item.status !== 'draft');
    expect([...linked].sort()).toEqual(toWorkshop.map((item) => item.id).sort());
    // Day 3 takes up what the first two days left open: the law on smuggling of migrants.
    const strategy = sessions.find((session) => session.title.startsWith('Stratégie de rédaction'));
    const open = recommendations.filter((item) => item.status === 'proposed');
    expect(strategy?.recommendationIds).toEqual(open.map((item) => item.id));
    expect(open.map((item) => item.type)).toEqual(['new_law']);

    const statistics = await workshopStatistics(workspace, ids);
    expect(statistics.participants).toEqual({ female: 15, male: 37, undisclosed: 0, total: 52 });
    expect(statistics.womenShare).toBeCloseTo(15 / 52);
    const sectors = Object.fromEntries(
      statistics.bySector.map((entry) => [entry.sector, entry.counts.total]),
    );
    expect(sectors).toMatchObject({
      government: 14,
      justice: 10,
      law_enforcement: 10,
      civil_society: 10,
      international: 8,
    });
    expect(statistics.attendanceByDay.map((day) => day.counts.total)).toEqual([49, 47, 0, 0, 0]);
    expect(statistics.attendees.total).toBe(51);
    expect(statistics.recommendations).toEqual({
      total: 6,
      byStatus: { adopted: 3, adopted_with_changes: 1, rejected: 0, deferred: 1, open: 1 },
      byMethod: { vote: 3, consensus: 2, unrecorded: 0 },
    });
  });

  it('holds the decisions of days 1 and 2, each with the workshop, its method and a tally of those present', async () => {
    const user = await findUserByEmail(test.store.db, FIRST_ADMIN_EMAIL);
    if (user === undefined) throw new Error('no admin');
    const admin = actorOf(user);
    const [project] = await listProjects(workspace, admin);
    const projectId = project?.id ?? '';
    const [summary] = await projectWorkshops(workspace, { actor: admin, projectId });
    const workshopId = summary?.id ?? '';
    const statistics = await workshopStatistics(workspace, { actor: admin, projectId, workshopId });
    const present = statistics.attendanceByDay.map((day) => day.counts.total);
    const { recommendations } = await listRecommendations(workspace, { actor: admin, projectId });
    const decisions = await Promise.all(
      recommendations
        .filter((entry) => entry.status !== 'draft')
        .map(async (item) => ({
          label: item.label,
          detail: await getRecommendation(workspace, {
            actor: admin,
            projectId,
            recommendationId: item.id,
          }),
        })),
    );
    const moves = (label: string) =>
      decisions
        .find((entry) => entry.label === label)
        ?.detail.transitions.map((move) => [move.from, move.to, move.workshopId, move.method]);
    // Each decided recommendation was taken up at the workshop, then decided there.
    expect(moves('R3')).toEqual([
      ['draft', 'proposed', null, null],
      ['proposed', 'under_discussion', workshopId, null],
      ['under_discussion', 'adopted', workshopId, 'vote'],
    ]);
    expect(moves('R2')?.at(-1)).toEqual(['under_discussion', 'adopted', workshopId, 'consensus']);
    expect(moves('R6')?.at(-1)).toEqual(['under_discussion', 'deferred', workshopId, 'consensus']);
    expect(moves('R1')).toEqual([['draft', 'proposed', null, null]]);

    // A vote counts everyone present that day: day 1 for R3, day 2 for R4 and R5.
    const tally = (label: string) =>
      decisions.find((entry) => entry.label === label)?.detail.transitions.at(-1)?.tally;
    expect(tally('R3')).toEqual({ for: 38, against: 5, abstain: 6 });
    for (const [label, day] of [
      ['R3', 0],
      ['R4', 1],
      ['R5', 1],
    ] as const) {
      const counted = tally(label);
      expect(counted === null || counted === undefined).toBe(false);
      if (counted === null || counted === undefined) continue;
      expect(counted.for + counted.against + counted.abstain, label).toBe(present[day]);
      expect(counted.for).toBeGreaterThan(counted.against + counted.abstain);
    }
    expect(tally('R2')).toBeNull();

    // Adopted with changes: the plenary's amendment is version 2, written under discussion.
    const withChanges = decisions.find((entry) => entry.label === 'R4')?.detail;
    expect(withChanges?.wordingVersion).toBe(2);
    expect(withChanges?.versions.at(-1)?.note).toMatch(/société civile/);
    expect(withChanges?.wording).toMatch(
      /Le huis clos est de droit lorsque la victime est un enfant/,
    );
    expect(withChanges?.decisionMethod).toBe('vote');

    // The workshop's record lists the five decisions in the order they were taken.
    expect(
      statistics.decisions
        .filter((decision) => decision.status !== 'proposed')
        .map((decision) => [decision.label, decision.status, decision.method]),
    ).toEqual([
      ['R2', 'adopted', 'consensus'],
      ['R3', 'adopted', 'vote'],
      ['R4', 'adopted_with_changes', 'vote'],
      ['R5', 'adopted', 'vote'],
      ['R6', 'deferred', 'consensus'],
    ]);
  });
});
