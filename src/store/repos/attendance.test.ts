import { describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../testing/test-stores.js';
import { useTestStore } from '../testing/use-test-store.js';
import { buildParticipant, buildWorkshop } from '../testing/workshop-factories.js';
import { checkIn, deleteAttendanceOutside, listAttendance, undoCheckIn } from './attendance.js';

describe.each(TEST_DIALECTS)('attendance on %s', (dialect) => {
  const { db } = useTestStore(dialect);

  it('checks a participant in once per day, and undoes a check-in', async () => {
    const workshop = await buildWorkshop(db());
    const participant = await buildParticipant(db(), workshop.id);
    const input = {
      workshopId: workshop.id,
      participantId: participant.id,
      day: '2026-12-07',
      method: 'organiser' as const,
      byUserId: workshop.createdBy,
    };
    expect(await checkIn(db(), input)).toBe('created');
    expect(await checkIn(db(), { ...input, method: 'self', byUserId: null })).toBe('already');
    expect(await checkIn(db(), { ...input, day: '2026-12-08' })).toBe('created');
    const rows = await listAttendance(db(), workshop.id);
    expect(rows.map((row) => [row.day, row.method, row.checkedInBy])).toEqual([
      ['2026-12-07', 'organiser', workshop.createdBy],
      ['2026-12-08', 'organiser', workshop.createdBy],
    ]);
    expect(await undoCheckIn(db(), input)).toBe(true);
    expect(await undoCheckIn(db(), input)).toBe(false);
    expect(await listAttendance(db(), workshop.id)).toHaveLength(1);
  });

  it('drops check-ins on days the workshop no longer has', async () => {
    const workshop = await buildWorkshop(db());
    const participant = await buildParticipant(db(), workshop.id);
    for (const day of ['2026-12-07', '2026-12-08', '2026-12-09']) {
      await checkIn(db(), {
        workshopId: workshop.id,
        participantId: participant.id,
        day,
        method: 'self',
        byUserId: null,
      });
    }
    expect(
      await deleteAttendanceOutside(db(), {
        workshopId: workshop.id,
        days: ['2026-12-07', '2026-12-08'],
      }),
    ).toBe(1);
    expect((await listAttendance(db(), workshop.id)).map((row) => row.day)).toEqual([
      '2026-12-07',
      '2026-12-08',
    ]);
  });

  it('refuses a check-in of an unknown participant', async () => {
    const workshop = await buildWorkshop(db());
    await expect(
      checkIn(db(), {
        workshopId: workshop.id,
        participantId: 'nobody',
        day: '2026-12-07',
        method: 'self',
        byUserId: null,
      }),
    ).rejects.toThrow();
  });
});
