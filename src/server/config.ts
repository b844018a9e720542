import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * Every setting of the server, read from the environment here and nowhere else, checked at
 * start (all problems listed at once) and frozen. Tests build a ServerConfig directly.
 */
const Env = z.object({
  /** Port to listen on. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Address to listen on: 127.0.0.1 (this computer only) or 0.0.0.0 (the local network). */
  HOST: z.string().optional(),
  /** `1`: serve the local network (a workshop's phones), as the `--lan` flag does. */
  LEXALIGN_LAN: z.enum(['0', '1', 'true', 'false']).optional(),
  /** postgres://user@host:port/db for a central PostgreSQL; absent: the embedded SQLite file. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres://')
    .optional(),
  /** Folder of the SQLite database (lexalign.sqlite). */
  LEXALIGN_DATA_DIR: z.string().default('./data'),
  /** Hours a session lasts without logging in again. */
  SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  /** Send cookies only over HTTPS: on by default when PUBLIC_URL is https. */
  SECURE_COOKIES: z.enum(['true', 'false']).optional(),
  /** The address users type, e.g. https://lexalign.example.org; printed at start. */
  PUBLIC_URL: z.string().url().optional(),
  /** Login attempts allowed per minute from one address. */
  LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().positive().default(10),
  /**
   * Join-code look-ups and workshop joins allowed per minute from one address (a venue's
   * phones may all come through one address).
   */
  JOIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().positive().default(120),
  /** Create the demo project on an empty database (default: yes on SQLite, no on PostgreSQL). */
  LEXALIGN_DEMO: z.enum(['true', 'false']).optional(),
  /** The first admin's one-time password; random (and printed) when absent. */
  LEXALIGN_ADMIN_PASSWORD: z.string().min(10).optional(),
  /** Largest upload in megabytes. */
  MAX_UPLOAD_MB: z.coerce.number().positive().max(50).default(20),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
});

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  readonly sqlitePath: string;
  readonly sessionTtlMs: number;
  readonly secureCookies: boolean;
  readonly publicUrl: string | undefined;
  readonly loginAttemptsPerMinute: number;
  readonly joinAttemptsPerMinute: number;
  /** Serving a workshop's local network: listen on every interface, print the join addresses. */
  readonly lan: boolean;
  readonly demo: boolean;
  readonly adminPassword: string | undefined;
  readonly maxUploadBytes: number;
  readonly logLevel: string;
  /** The built web app (vite build output). */
  readonly webDir: string;
  /** Check every response against the contract (tests and development). */
  readonly validateResponses: boolean;
}

export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/**
 * Reads the environment and the command line (`--lan`); on any problem, throws one error
 * listing them all.
 */
export function readConfig(
  env: NodeJS.ProcessEnv = process.env,
  args: readonly string[] = process.argv.slice(2),
): ServerConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`The server's settings are wrong:\n${problems.join('\n')}`);
  }
  const value = parsed.data;
  const lan = args.includes('--lan') || value.LEXALIGN_LAN === '1' || value.LEXALIGN_LAN === 'true';
  return Object.freeze({
    port: value.PORT,
    host: value.HOST ?? (lan ? '0.0.0.0' : '127.0.0.1'),
    lan,
    databaseUrl: value.DATABASE_URL,
    sqlitePath: `${value.LEXALIGN_DATA_DIR.replace(/\/$/, '')}/lexalign.sqlite`,
    sessionTtlMs: value.SESSION_HOURS * 3_600_000,
    secureCookies:
      value.SECURE_COOKIES === undefined
        ? (value.PUBLIC_URL?.startsWith('https:') ?? false)
        : value.SECURE_COOKIES === 'true',
    publicUrl: value.PUBLIC_URL,
    loginAttemptsPerMinute: value.LOGIN_ATTEMPTS_PER_MINUTE,
    joinAttemptsPerMinute: value.JOIN_ATTEMPTS_PER_MINUTE,
    demo:
      value.LEXALIGN_DEMO === undefined
        ? value.DATABASE_URL === undefined
        : value.LEXALIGN_DEMO === 'true',
    adminPassword: value.LEXALIGN_ADMIN_PASSWORD,
    maxUploadBytes: Math.round(value.MAX_UPLOAD_MB * 1024 * 1024),
    logLevel: value.LOG_LEVEL,
    webDir: DEFAULT_WEB_DIR,
    validateResponses: env.NODE_ENV === 'test' || env.NODE_ENV === 'development',
  });
}
