import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerConfig } from './config.js';

/** The cookie of a participant's phone: sent only to the live routes, never to project routes. */
export const PARTICIPANT_COOKIE = 'lexalign_participant';
const PARTICIPANT_COOKIE_PATH = '/api/live';
/** A workshop lasts days; the phone keeps its identity a month. */
const PARTICIPANT_COOKIE_DAYS = 30;

export function participantToken(request: FastifyRequest): string | undefined {
  return request.cookies[PARTICIPANT_COOKIE];
}

/** HttpOnly, SameSite=Lax, path /api/live, Secure on HTTPS. */
export function setParticipantCookie(
  reply: FastifyReply,
  token: string,
  config: ServerConfig,
): void {
  void reply.setCookie(PARTICIPANT_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: PARTICIPANT_COOKIE_PATH,
    maxAge: PARTICIPANT_COOKIE_DAYS * 24 * 3600,
  });
}
