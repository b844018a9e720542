import { ROUTES } from '../../contract/routes.js';
import type { CurrentUser } from '../../contract/auth.js';
import {
  authenticate,
  changePassword,
  createAccount,
  listAccounts,
  resetPassword,
} from '../../services/accounts.js';
import { endSession, startSession } from '../../services/sessions.js';
import type { UserRecord } from '../../store/repos/users.js';
import type { AddRoute } from '../add-route.js';
import type { ServerDeps } from '../server-deps.js';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../session-cookie.js';

const currentUser = (user: UserRecord): CurrentUser => ({
  id: user.id,
  email: user.email,
  name: user.name,
  isAdmin: user.isAdmin,
  mustChangePassword: user.mustChangePassword,
  locale: user.locale,
});

const userSummary = (user: UserRecord) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  isAdmin: user.isAdmin,
  mustChangePassword: user.mustChangePassword,
  createdAt: user.createdAt,
});

/** Login, logout, the current session, passwords, and accounts for site admins. */
export function authRoutes(add: AddRoute, deps: ServerDeps): void {
  const store = deps.workspace.store;
  add(ROUTES.login, async ({ body, request, reply }) => {
    const user = await authenticate(store, body);
    const previous = sessionToken(request);
    if (previous !== undefined) await endSession(store, previous);
    const session = await startSession(store, { userId: user.id, ttlMs: deps.config.sessionTtlMs });
    setSessionCookie(reply, session, deps.config);
    return { user: currentUser(user), csrfToken: session.csrfToken };
  });
  add(ROUTES.logout, async ({ request, reply }) => {
    const token = sessionToken(request);
    if (token !== undefined) await endSession(store, token);
    clearSessionCookie(reply, deps.config);
    return { ok: true as const };
  });
  add(ROUTES.me, ({ session }) =>
    Promise.resolve({
      user: currentUser(session?.user ?? failNoSession()),
      csrfToken: session?.csrfToken ?? '',
    }),
  );
  add(ROUTES.changePassword, async ({ body, actor, reply }) => {
    const user = await changePassword(store, { userId: actor.id, ...body });
    const session = await startSession(store, { userId: user.id, ttlMs: deps.config.sessionTtlMs });
    setSessionCookie(reply, session, deps.config);
    return currentUser(user);
  });
  add(ROUTES.listUsers, async () => ({ users: (await listAccounts(store)).map(userSummary) }));
  add(ROUTES.createUser, async ({ body }) => userSummary(await createAccount(store, body)));
  add(ROUTES.resetPassword, async ({ params, body }) =>
    userSummary(await resetPassword(store, { userId: params.userId, password: body.password })),
  );
}

function failNoSession(): never {
  throw new Error('an authenticated route ran without a session');
}
