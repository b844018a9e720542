import { describe, expect, it } from 'vitest';
import { buildProject, buildUser } from '../testing/factories.js';
import { TEST_DIALECTS } from '../testing/test-stores.js';
import { useTestStore } from '../testing/use-test-store.js';
import { buildParticipant, buildWorkshop } from '../testing/workshop-factories.js';
import { checkIn, listAttendance } from './attendance.js';
import { listParticipants } from './participants.js';
import {
  countParticipantsByWorkshop,
  countWorkshopVotes,
  deleteSession,
  deleteWorkshop,
  findSession,
  findWorkshop,
  findWorkshopByJoinCode,
  insertSession,
  insertWorkshop,
  joinCodeTaken,
  listSessions,
  listWorkshops,
  setSessionOrder,
  updateSession,
  updateWorkshopDetails,
} from './workshops.js';

const session = (day: string, title: string) => ({
  day,
  startsAt: '09:00',
  endsAt: '10:30',
  title,
  description: '',
  recommendationIds: ['r1'],
  obligationIds: ['TIP.5.1'],
});

describe.each(TEST_DIALECTS)('workshops on %s', (dialect) => {
  const { db } = useTestStore(dialect);

  it('finds a workshop by project and by join code, and lists a project’s workshops', async () => {
    const workshop = await buildWorkshop(db(), { joinCode: 'ABC234', title: 'Validation' });
    expect(workshop).toMatchObject({
      version: 1,
      currentRecommendationId: null,
      joinCode: 'ABC234',
    });
    expect(await findWorkshop(db(), workshop.projectId, workshop.id)).toEqual(workshop);
    expect(await findWorkshop(db(), 'another-project', workshop.id)).toBeUndefined();
    expect(await findWorkshopByJoinCode(db(), ' abc234 ')).toEqual(workshop);
    expect(await findWorkshopByJoinCode(db(), 'ZZZZZZ')).toBeUndefined();
    expect(await joinCodeTaken(db(), 'ABC234')).toBe(true);
    const later = await buildWorkshop(db(), {
      projectId: workshop.projectId,
      createdBy: workshop.createdBy,
      startsOn: '2027-03-01',
      endsOn: '2027-03-02',
    });
    expect((await listWorkshops(db(), workshop.projectId)).map((w) => w.id)).toEqual([
      later.id,
      workshop.id,
    ]);
  });

  it('refuses a second workshop with the same join code', async () => {
    const first = await buildWorkshop(db(), { joinCode: 'SAME22' });
    await expect(
      buildWorkshop(db(), {
        projectId: first.projectId,
        createdBy: first.createdBy,
        joinCode: 'SAME22',
      }),
    ).rejects.toThrow();
  });

  it('updates the details only at the stored version', async () => {
    const workshop = await buildWorkshop(db());
    const details = { ...workshop, title: 'Atelier national', place: 'Ségou' };
    const updated = await updateWorkshopDetails(db(), {
      projectId: workshop.projectId,
      workshopId: workshop.id,
      details,
      expectedVersion: 1,
    });
    expect(updated).toMatchObject({ title: 'Atelier national', place: 'Ségou', version: 2 });
    expect(
      await updateWorkshopDetails(db(), {
        projectId: workshop.projectId,
        workshopId: workshop.id,
        details,
        expectedVersion: 1,
      }),
    ).toBe('conflict');
    expect(
      await updateWorkshopDetails(db(), {
        projectId: workshop.projectId,
        workshopId: 'none',
        details,
        expectedVersion: 1,
      }),
    ).toBeUndefined();
  });

  it('keeps the agenda in order within each day and moves a session to the end of its new day', async () => {
    const workshop = await buildWorkshop(db());
    const a = await insertSession(db(), { workshopId: workshop.id, ...session('2026-12-07', 'A') });
    const b = await insertSession(db(), { workshopId: workshop.id, ...session('2026-12-07', 'B') });
    const c = await insertSession(db(), { workshopId: workshop.id, ...session('2026-12-08', 'C') });
    expect([a.position, b.position, c.position]).toEqual([0, 1, 0]);
    expect(await findSession(db(), workshop.id, a.id)).toEqual(a);
    await setSessionOrder(db(), {
      workshopId: workshop.id,
      day: '2026-12-07',
      sessionIds: [b.id, a.id],
    });
    expect((await listSessions(db(), workshop.id)).map((s) => s.title)).toEqual(['B', 'A', 'C']);
    const moved = await updateSession(db(), {
      workshopId: workshop.id,
      sessionId: b.id,
      details: { ...session('2026-12-08', 'B2'), obligationIds: ['SOM.6.1.a'] },
    });
    expect(moved).toMatchObject({ day: '2026-12-08', position: 1, obligationIds: ['SOM.6.1.a'] });
    expect(await deleteSession(db(), { workshopId: workshop.id, sessionId: a.id })).toBe(true);
    expect(await deleteSession(db(), { workshopId: workshop.id, sessionId: a.id })).toBe(false);
    expect((await listSessions(db(), workshop.id)).map((s) => s.title)).toEqual(['C', 'B2']);
  });

  it('deletes a workshop with its agenda, participants and attendance', async () => {
    const workshop = await buildWorkshop(db());
    await insertSession(db(), { workshopId: workshop.id, ...session('2026-12-07', 'A') });
    const participant = await buildParticipant(db(), workshop.id);
    await checkIn(db(), {
      workshopId: workshop.id,
      participantId: participant.id,
      day: '2026-12-07',
      method: 'organiser',
      byUserId: null,
    });
    expect(await countParticipantsByWorkshop(db(), workshop.projectId)).toEqual(
      new Map([[workshop.id, 1]]),
    );
    expect(await countWorkshopVotes(db(), workshop.id)).toBe(0);
    expect(await deleteWorkshop(db(), { projectId: 'other', workshopId: workshop.id })).toBe(false);
    expect(
      await deleteWorkshop(db(), { projectId: workshop.projectId, workshopId: workshop.id }),
    ).toBe(true);
    expect(await findWorkshop(db(), workshop.projectId, workshop.id)).toBeUndefined();
    expect(await listSessions(db(), workshop.id)).toEqual([]);
    expect(await listParticipants(db(), workshop.id)).toEqual([]);
    expect(await listAttendance(db(), workshop.id)).toEqual([]);
  });

  it('refuses a workshop in an unknown project', async () => {
    const user = await buildUser(db());
    await buildProject(db(), { createdBy: user.id });
    await expect(
      insertWorkshop(db(), {
        projectId: 'nope',
        title: 't',
        startsOn: '2026-01-01',
        endsOn: '2026-01-01',
        place: '',
        organisers: '',
        partners: '',
        description: '',
        joinCode: 'QWERTY',
        createdBy: user.id,
      }),
    ).rejects.toThrow();
  });
});
