import { describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../testing/test-stores.js';
import { useTestStore } from '../testing/use-test-store.js';
import { buildParticipant, buildWorkshop } from '../testing/workshop-factories.js';
import {
  deleteParticipant,
  findParticipant,
  findParticipantByDevice,
  insertParticipant,
  listParticipants,
  setParticipantDevice,
  updateParticipant,
} from './participants.js';

describe.each(TEST_DIALECTS)('participants on %s', (dialect) => {
  const { db } = useTestStore(dialect);

  it('adds, finds, lists by name, updates and deletes participants', async () => {
    const workshop = await buildWorkshop(db());
    const awa = await insertParticipant(db(), {
      workshopId: workshop.id,
      name: 'Traoré Awa',
      organisation: 'Ministère de la Justice',
      sector: 'government',
      functionTitle: 'Conseillère technique',
      sex: 'female',
      email: 'awa@example.org',
      phone: '+223 00 00 00 01',
      registeredBy: 'import',
    });
    expect(awa).toMatchObject({ hasDevice: false, registeredBy: 'import', sector: 'government' });
    const bakary = await buildParticipant(db(), workshop.id, {
      name: 'Coulibaly Bakary',
      sex: 'male',
    });
    const other = await buildWorkshop(db());
    await buildParticipant(db(), other.id);
    expect(await findParticipant(db(), workshop.id, awa.id)).toEqual(awa);
    expect(await findParticipant(db(), other.id, awa.id)).toBeUndefined();
    expect((await listParticipants(db(), workshop.id)).map((p) => p.name)).toEqual([
      'Coulibaly Bakary',
      'Traoré Awa',
    ]);
    const updated = await updateParticipant(db(), {
      workshopId: workshop.id,
      participantId: bakary.id,
      details: { ...bakary, sector: 'law_enforcement', functionTitle: 'Commissaire' },
    });
    expect(updated).toMatchObject({ sector: 'law_enforcement', functionTitle: 'Commissaire' });
    expect(
      await deleteParticipant(db(), { workshopId: workshop.id, participantId: bakary.id }),
    ).toBe(true);
    expect(
      await deleteParticipant(db(), { workshopId: workshop.id, participantId: bakary.id }),
    ).toBe(false);
    expect(await listParticipants(db(), workshop.id)).toHaveLength(1);
  });

  it('binds a phone to one participant and finds them by it', async () => {
    const workshop = await buildWorkshop(db());
    const participant = await buildParticipant(db(), workshop.id);
    await setParticipantDevice(db(), participant.id, 'hash-1');
    expect(await findParticipantByDevice(db(), workshop.id, 'hash-1')).toMatchObject({
      id: participant.id,
      hasDevice: true,
    });
    const second = await buildParticipant(db(), workshop.id, { deviceHash: 'hash-2' });
    expect(second.hasDevice).toBe(true);
    await expect(setParticipantDevice(db(), second.id, 'hash-1')).rejects.toThrow();
    await setParticipantDevice(db(), participant.id, null);
    expect(await findParticipantByDevice(db(), workshop.id, 'hash-1')).toBeUndefined();
  });
});
