import { describe, expect, it } from 'vitest';
import { buildUser } from '../testing/factories.js';
import { TEST_DIALECTS } from '../testing/test-stores.js';
import { useTestStore } from '../testing/use-test-store.js';
import {
  countUsers,
  findUserByEmail,
  findUserById,
  insertUser,
  listUsers,
  updatePassword,
} from './users.js';

describe.each(TEST_DIALECTS)('users on %s', (dialect) => {
  const { db } = useTestStore(dialect);

  it('stores the e-mail lower-cased and reads every field back', async () => {
    const user = await insertUser(db(), {
      email: 'Awa.Traore@Example.ORG',
      name: 'Awa Traoré',
      passwordHash: '$argon2id$x',
      isAdmin: true,
      mustChangePassword: true,
      locale: 'en',
    });
    expect(user.email).toBe('awa.traore@example.org');
    expect(await findUserById(db(), user.id)).toEqual(user);
    expect(user.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('finds a user by e-mail in any case', async () => {
    const user = await buildUser(db(), { email: 'moussa@example.org' });
    expect((await findUserByEmail(db(), 'MOUSSA@Example.org'))?.id).toBe(user.id);
    expect(await findUserByEmail(db(), 'nobody@example.org')).toBeUndefined();
  });

  it('refuses a second account with the same e-mail in another case', async () => {
    await buildUser(db(), { email: 'same@example.org' });
    await expect(buildUser(db(), { email: 'SAME@example.org' })).rejects.toThrow();
    expect(await countUsers(db())).toBe(1);
  });

  it('lists users by e-mail and counts them', async () => {
    await buildUser(db(), { email: 'c@example.org' });
    await buildUser(db(), { email: 'a@example.org' });
    await buildUser(db(), { email: 'b@example.org' });
    expect((await listUsers(db())).map((user) => user.email)).toEqual([
      'a@example.org',
      'b@example.org',
      'c@example.org',
    ]);
    expect(await countUsers(db())).toBe(3);
  });

  it('changes a password and the must-change flag of that user only', async () => {
    const user = await buildUser(db(), { mustChangePassword: true });
    const other = await buildUser(db());
    await updatePassword(db(), { userId: user.id, passwordHash: 'new', mustChangePassword: false });
    expect(await findUserById(db(), user.id)).toMatchObject({
      passwordHash: 'new',
      mustChangePassword: false,
    });
    expect(await findUserById(db(), other.id)).toEqual(other);
  });
});
