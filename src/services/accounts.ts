import type { Store } from '../store/open-store.js';
import {
  countUsers,
  findUserByEmail,
  findUserById,
  insertUser,
  listUsers,
  updatePassword,
  type UserRecord,
} from '../store/repos/users.js';
import { deleteUserSessions } from '../store/repos/sessions.js';
import { AppError } from './app-error.js';
import { generatePassword, hashPassword, verifyPassword } from './passwords.js';

/** The person behind a request, as use-cases need them. */
export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly isAdmin: boolean;
}

export const actorOf = (user: UserRecord): Actor => ({
  id: user.id,
  name: user.name,
  isAdmin: user.isAdmin,
});

let dummyHash: Promise<string> | undefined;

/**
 * Checks an email and password. An unknown email costs the same hashing time as a wrong
 * password, so response times do not tell which accounts exist.
 */
export async function authenticate(
  store: Store,
  input: { readonly email: string; readonly password: string },
): Promise<UserRecord> {
  const user = await findUserByEmail(store.db, input.email);
  if (user === undefined) {
    dummyHash ??= hashPassword(generatePassword());
    await verifyPassword(await dummyHash, input.password);
    throw new AppError('invalid_credentials', 'Wrong email or password');
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    throw new AppError('invalid_credentials', 'Wrong email or password');
  }
  return user;
}

export interface NewAccount {
  readonly email: string;
  readonly name: string;
  readonly password: string;
  readonly locale: 'fr' | 'en';
}

/** Creates an account for a site admin; the new user must change the password at first login. */
export async function createAccount(store: Store, input: NewAccount): Promise<UserRecord> {
  const passwordHash = await hashPassword(input.password);
  return store.transaction(async (tx) => {
    if ((await findUserByEmail(tx, input.email)) !== undefined) {
      throw new AppError('conflict', `An account already uses ${input.email}`);
    }
    return insertUser(tx, {
      email: input.email,
      name: input.name,
      passwordHash,
      isAdmin: false,
      mustChangePassword: true,
      locale: input.locale,
    });
  });
}

export function listAccounts(store: Store): Promise<UserRecord[]> {
  return listUsers(store.db);
}

/** Changes one's own password; every other session of the user ends. */
export async function changePassword(
  store: Store,
  input: { readonly userId: string; readonly current: string; readonly next: string },
): Promise<UserRecord> {
  const user = await findUserById(store.db, input.userId);
  if (user === undefined) throw new AppError('unauthenticated', 'Log in again');
  if (!(await verifyPassword(user.passwordHash, input.current))) {
    throw new AppError('invalid_credentials', 'The current password is wrong');
  }
  if (input.current === input.next) {
    throw new AppError('validation_failed', 'The new password must differ from the current one', {
      issues: ['next: same as the current password'],
    });
  }
  const passwordHash = await hashPassword(input.next);
  await store.transaction(async (tx) => {
    await updatePassword(tx, { userId: user.id, passwordHash, mustChangePassword: false });
    await deleteUserSessions(tx, user.id);
  });
  return { ...user, passwordHash, mustChangePassword: false };
}

export interface FirstAdmin {
  readonly email: string;
  readonly password: string;
}

export const FIRST_ADMIN_EMAIL = 'admin@lexalign.local';

/**
 * On an empty database, creates the site admin with a one-time password (to be changed at
 * first login) and returns the credentials so the terminal can print them; otherwise nothing.
 */
export async function ensureFirstAdmin(
  store: Store,
  options: { readonly password?: string } = {},
): Promise<FirstAdmin | undefined> {
  if ((await countUsers(store.db)) > 0) return undefined;
  const password = options.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  await insertUser(store.db, {
    email: FIRST_ADMIN_EMAIL,
    name: 'Administrator',
    passwordHash,
    isAdmin: true,
    mustChangePassword: true,
    locale: 'fr',
  });
  return { email: FIRST_ADMIN_EMAIL, password };
}

/** A site admin's reset: a new one-time password, every session of the account ended. */
export async function resetPassword(
  store: Store,
  input: { readonly userId: string; readonly password: string },
): Promise<UserRecord> {
  const passwordHash = await hashPassword(input.password);
  return store.transaction(async (tx) => {
    const user = await findUserById(tx, input.userId);
    if (user === undefined) throw new AppError('not_found', 'Account not found');
    await updatePassword(tx, { userId: user.id, passwordHash, mustChangePassword: true });
    await deleteUserSessions(tx, user.id);
    return { ...user, passwordHash, mustChangePassword: true };
  });
}
