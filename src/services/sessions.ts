import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../store/open-store.js';
import {
  deleteExpiredSessions,
  deleteSession,
  findLiveSession,
  insertSession,
} from '../store/repos/sessions.js';
import type { UserRecord } from '../store/repos/users.js';

/** What the browser holds: the cookie token (never stored) and the CSRF token it echoes. */
export interface IssuedSession {
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

export interface LiveSession {
  readonly user: UserRecord;
  readonly csrfToken: string;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
const newToken = (): string => randomBytes(32).toString('base64url');

/** Starts a session; the database keeps only the token's hash. */
export async function startSession(
  store: Store,
  input: { readonly userId: string; readonly ttlMs: number },
): Promise<IssuedSession> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + input.ttlMs).toISOString();
  await insertSession(store.db, {
    idHash: hashToken(token),
    userId: input.userId,
    csrfToken,
    expiresAt,
  });
  return { token, csrfToken, expiresAt };
}

/** The session a cookie token opens, if it exists and has not expired. */
export async function resolveSession(
  store: Store,
  token: string,
): Promise<LiveSession | undefined> {
  if (token.length < 20 || token.length > 100) return undefined;
  const found = await findLiveSession(store.db, {
    idHash: hashToken(token),
    now: new Date().toISOString(),
  });
  return found === undefined ? undefined : { user: found.user, csrfToken: found.csrfToken };
}

export async function endSession(store: Store, token: string): Promise<void> {
  await deleteSession(store.db, hashToken(token));
}

/** Removes expired sessions; the server calls it now and then. */
export function purgeExpiredSessions(store: Store): Promise<number> {
  return deleteExpiredSessions(store.db, new Date().toISOString());
}
