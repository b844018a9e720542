import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerConfig } from './config.js';

export const SESSION_COOKIE = 'lexalign_session';
export const CSRF_HEADER = 'x-csrf-token';

export function sessionToken(request: FastifyRequest): string | undefined {
  return request.cookies[SESSION_COOKIE];
}

/** HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site posts), Secure on HTTPS. */
export function setSessionCookie(
  reply: FastifyReply,
  session: { readonly token: string; readonly expiresAt: string },
  config: ServerConfig,
): void {
  void reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
    expires: new Date(session.expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply, config: ServerConfig): void {
  void reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
  });
}
