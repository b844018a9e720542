import { describe, expect, it } from 'vitest';
import { buildUser } from '../testing/factories.js';
import { TEST_DIALECTS } from '../testing/test-stores.js';
import { useTestStore } from '../testing/use-test-store.js';
import {
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findLiveSession,
  insertSession,
} from './sessions.js';

const NOW = '2026-03-01T12:00:00.000Z';
const LATER = '2026-03-02T12:00:00.000Z';
const EARLIER = '2026-02-28T12:00:00.000Z';

describe.each(TEST_DIALECTS)('sessions on %s', (dialect) => {
  const { db } = useTestStore(dialect);

  it('finds a live session with its user', async () => {
    const user = await buildUser(db());
    const session = await insertSession(db(), {
      idHash: 'h1',
      userId: user.id,
      csrfToken: 'csrf',
      expiresAt: LATER,
    });
    expect(await findLiveSession(db(), { idHash: 'h1', now: NOW })).toEqual({ ...session, user });
  });

  it('does not return an expired session, nor an unknown one', async () => {
    const user = await buildUser(db());
    await insertSession(db(), { idHash: 'old', userId: user.id, csrfToken: 'c', expiresAt: NOW });
    expect(await findLiveSession(db(), { idHash: 'old', now: NOW })).toBeUndefined();
    expect(await findLiveSession(db(), { idHash: 'old', now: EARLIER })).toBeDefined();
    expect(await findLiveSession(db(), { idHash: 'none', now: EARLIER })).toBeUndefined();
  });

  it('deletes one session, a user’s sessions, and expired sessions', async () => {
    const [ada, bo] = [await buildUser(db()), await buildUser(db())];
    const add = (idHash: string, userId: string, expiresAt: string) =>
      insertSession(db(), { idHash, userId, csrfToken: 'c', expiresAt });
    await add('a1', ada.id, LATER);
    await add('a2', ada.id, LATER);
    await add('b1', bo.id, LATER);
    await add('b2', bo.id, EARLIER);
    await add('b3', bo.id, EARLIER);
    await deleteSession(db(), 'a1');
    expect(await findLiveSession(db(), { idHash: 'a1', now: NOW })).toBeUndefined();
    await deleteUserSessions(db(), ada.id);
    expect(await findLiveSession(db(), { idHash: 'a2', now: NOW })).toBeUndefined();
    expect(await deleteExpiredSessions(db(), NOW)).toBe(2);
    expect(await findLiveSession(db(), { idHash: 'b1', now: NOW })).toBeDefined();
  });

  it('goes with its user', async () => {
    const user = await buildUser(db());
    await insertSession(db(), { idHash: 'h', userId: user.id, csrfToken: 'c', expiresAt: LATER });
    await db().deleteFrom('users').where('id', '=', user.id).execute();
    expect(await db().selectFrom('sessions').selectAll().execute()).toEqual([]);
  });
});
