import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ROUTES, type RouteSpec } from '../contract/routes.js';
import { actorOf, type Actor } from '../services/accounts.js';
import { AppError } from '../services/app-error.js';
import { resolveParticipant, type ParticipantCaller } from '../services/live-participants.js';
import { resolveSession, type LiveSession } from '../services/sessions.js';
import { participantToken } from './participant-cookie.js';
import type { ServerDeps } from './server-deps.js';
import { CSRF_HEADER, sessionToken } from './session-cookie.js';

type Parsed<T> = T extends z.ZodType ? z.output<T> : undefined;
type Result<TSpec extends RouteSpec> = TSpec['response'] extends z.ZodType
  ? z.input<TSpec['response']>
  : undefined;

/** What a handler receives: parsed input, the caller, and the raw request for uploads and streams. */
export interface RouteContext<TSpec extends RouteSpec> {
  readonly params: Parsed<TSpec['params']>;
  readonly query: Parsed<TSpec['query']>;
  readonly body: Parsed<TSpec['body']>;
  readonly actor: TSpec['access'] extends 'public' | 'participant' ? undefined : Actor;
  readonly session: LiveSession | undefined;
  /** The phone's participant and workshop, on `participant` routes only. */
  readonly participant: TSpec['access'] extends 'participant' ? ParticipantCaller : undefined;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

/** A response already serialised to JSON (by a cache), sent as it is. */
export class RawJson {
  constructor(readonly text: string | Buffer) {}
}

export type RouteHandler<TSpec extends RouteSpec> = (
  context: RouteContext<TSpec>,
) => Promise<Result<TSpec> | RawJson>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The route whose attempts are counted per address (password guessing). */
const RATE_LIMITED_LOGIN: RouteSpec = ROUTES.login;
/**
 * A phone's first steps are counted per address too: looking a join code up (guessing codes)
 * and joining (guessing names, flooding). A venue whose phones share one public address still
 * fits in the default allowance.
 */
const RATE_LIMITED_JOIN: ReadonlySet<RouteSpec> = new Set([
  ROUTES.liveWorkshop,
  ROUTES.joinWorkshop,
]);
/** Routes a user who must change the password may still use. */
const BEFORE_PASSWORD_CHANGE: ReadonlySet<RouteSpec> = new Set([
  ROUTES.me,
  ROUTES.logout,
  ROUTES.changePassword,
]);

const sameToken = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** A change must come from our own pages: the Origin header, when sent, names this host. */
function checkOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (origin === undefined || origin === 'null') return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new AppError('csrf_failed', 'The request came from another site');
  }
  if (host !== request.headers.host) {
    throw new AppError('csrf_failed', 'The request came from another site');
  }
}

async function authenticate(
  deps: ServerDeps,
  request: FastifyRequest,
  spec: RouteSpec,
): Promise<LiveSession | undefined> {
  const token = sessionToken(request);
  const session =
    token === undefined ? undefined : await resolveSession(deps.workspace.store, token);
  if (spec.access === 'public') return session;
  if (session === undefined) throw new AppError('unauthenticated', 'Log in first');
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) {
      throw new AppError('csrf_failed', `Missing or wrong ${CSRF_HEADER} header; reload the page`);
    }
  }
  if (session.user.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(spec)) {
    throw new AppError('forbidden', 'Change your one-time password first');
  }
  if (spec.access === 'admin' && !session.user.isAdmin) {
    throw new AppError('forbidden', 'Only a site admin can do this');
  }
  return session;
}

/**
 * A participant's phone on a live route: the participant cookie of the workshop the path's
 * join code names, and on changes the CSRF token derived from it. User sessions do not count.
 */
async function authenticateParticipant(
  deps: ServerDeps,
  request: FastifyRequest,
): Promise<ParticipantCaller> {
  const joinCode = (request.params as { joinCode?: unknown }).joinCode;
  if (typeof joinCode !== 'string') throw new AppError('not_found', 'No workshop code');
  const caller = await resolveParticipant(deps.workspace.store, {
    joinCode,
    token: participantToken(request),
  });
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameToken(sent, caller.csrfToken)) {
      throw new AppError('csrf_failed', `Missing or wrong ${CSRF_HEADER} header; reload the page`);
    }
  }
  return caller;
}

/**
 * Registers contract routes on an app: authentication, CSRF and origin checks, input parsed
 * with the route's schemas, and (in tests) the response checked against its schema. Project
 * roles are checked by the services, which load the project anyway.
 */
export function routeAdder(app: FastifyInstance, deps: ServerDeps) {
  return <TSpec extends RouteSpec>(spec: TSpec, handler: RouteHandler<TSpec>): void => {
    app.route({
      method: spec.method,
      url: spec.path,
      ...(spec === RATE_LIMITED_LOGIN
        ? {
            config: {
              rateLimit: { max: deps.config.loginAttemptsPerMinute, timeWindow: '1 minute' },
            },
          }
        : {}),
      ...(RATE_LIMITED_JOIN.has(spec)
        ? {
            config: {
              rateLimit: { max: deps.config.joinAttemptsPerMinute, timeWindow: '1 minute' },
            },
          }
        : {}),
      handler: async (request, reply) => {
        if (!SAFE_METHODS.has(request.method)) checkOrigin(request);
        const participant =
          spec.access === 'participant' ? await authenticateParticipant(deps, request) : undefined;
        const session =
          spec.access === 'participant' ? undefined : await authenticate(deps, request, spec);
        const context = {
          params: spec.params?.parse(request.params),
          query: spec.query?.parse(request.query),
          body: spec.body?.parse(request.body ?? {}),
          actor: session === undefined ? undefined : actorOf(session.user),
          session,
          participant,
          request,
          reply,
        } as RouteContext<TSpec>; // the parsed values have the types the conditional types name
        const result = await handler(context);
        if (reply.sent) return reply;
        if (spec.response !== undefined && deps.config.validateResponses) {
          const checked = spec.response.safeParse(
            result instanceof RawJson ? JSON.parse(result.text.toString()) : result,
          );
          if (!checked.success) {
            request.log.error(
              { issues: checked.error.issues, route: spec.path },
              'response breaks the contract',
            );
            throw new Error(`Response of ${spec.method} ${spec.path} breaks the contract`);
          }
        }
        if (result instanceof RawJson) {
          return reply
            .status(spec.status ?? 200)
            .type('application/json; charset=utf-8')
            .send(result.text);
        }
        return reply.status(spec.status ?? 200).send(result);
      },
    });
  };
}

export type AddRoute = ReturnType<typeof routeAdder>;
