import type { z } from 'zod';
import type { ProjectAction } from '../core/access/permissions.js';

/**
 * Who may call a route: anyone, any logged-in user, a site admin, a project member whose
 * role grants the action (core/access), or a workshop participant's phone (`participant`: the
 * participant cookie of the workshop named by `:joinCode`; a user session does not count).
 */
export type RouteAccess = 'public' | 'user' | 'admin' | 'participant' | ProjectAction;

/** One route of the API as data: the server registers it, the web client types calls by it. */
export interface RouteSpec {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path with `:name` parameters, as Fastify writes them. */
  readonly path: string;
  readonly summary: string;
  readonly access: RouteAccess;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** JSON response; absent for streams and uploads described in `summary`. */
  readonly response?: z.ZodType;
  readonly status?: 200 | 201;
}

/** Declares one route, keeping its literal types for the client and the server. */
export const route = <const TSpec extends RouteSpec>(spec: TSpec): TSpec => spec;

/** Every JSON route of the API, keyed by a stable name. */
