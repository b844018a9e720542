import { PostgresDialect, sql } from 'kysely';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { checkLiveMessage, LiveListeners } from '../live-channel.js';
import type { LiveChannel } from '../live-channel.js';

/** The notification channel every instance on one database listens to. */
export const LIVE_CHANNEL = 'lexalign_changes';

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** Options for a PostgreSQL store. */
export interface PostgresOptions {
  /** `postgres://user@host:port/database`. */
  readonly connectionString: string;
  /** Connections in the pool (default 10). */
  readonly poolSize?: number;
  /** A schema to work in instead of the server's default (`search_path`), e.g. one per test. */
  readonly schema?: string;
}

/** Throws unless `name` is a plain lower-case SQL identifier (safe to splice into SQL). */
export function checkIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a plain lower-case SQL identifier: ${name}`);
  return name;
}

/**
 * The channel name for a store: stores sharing a schema share data, so they share a channel;
 * a store in its own schema (a test) hears only its own.
 */
export function liveChannelName(schema: string | undefined): string {
  return schema === undefined ? LIVE_CHANNEL : `${LIVE_CHANNEL}_${checkIdentifier(schema)}`;
}

const FIRST_RETRY_MS = 100;
const LAST_RETRY_MS = 5000;

/**
 * LISTEN on one dedicated connection, reconnecting with a doubling delay when it drops;
 * `publish` is `pg_notify` through the pool. A subscriber gets each message once, from the
 * LISTEN connection only (no local echo), so every instance hears every instance. Messages
 * sent while the connection is down are lost: subscribers treat them as hints to refetch.
 */
class PostgresLiveChannel implements LiveChannel {
  readonly #listeners = new LiveListeners();
  readonly #options: { connectionString: string; channel: string; pool: pg.Pool };
  #client: pg.Client | undefined;
  #retryMs = FIRST_RETRY_MS;
  #timer: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(options: { connectionString: string; channel: string; pool: pg.Pool }) {
    this.#options = options;
  }

  /** Opens the LISTEN connection; rejects when the server cannot be reached. */
  async connect(): Promise<void> {
    const { connectionString, channel } = this.#options;
    const client = new pg.Client({ connectionString, application_name: 'lexalign-live' });
    client.on('notification', (notification) => {
      if (notification.channel === channel && notification.payload !== undefined) {
        this.#listeners.deliver(notification.payload);
      }
    });
    client.on('error', () => this.#dropped(client));
    client.on('end', () => this.#dropped(client));
    try {
      await client.connect();
      await client.query(`listen "${channel}"`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.#closed) {
      await client.end();
      return;
    }
    this.#client = client;
    this.#retryMs = FIRST_RETRY_MS;
  }

  async publish(message: string): Promise<void> {
    checkLiveMessage(message);
    await this.#options.pool.query('select pg_notify($1, $2)', [this.#options.channel, message]);
  }

  subscribe(listener: (message: string) => void): () => void {
    return this.#listeners.add(listener);
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#listeners.clear();
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => undefined);
  }

  #dropped(client: pg.Client): void {
    if (this.#client !== client) return;
    this.#client = undefined;
    client.end().catch(() => undefined);
    this.#reconnectLater();
  }

  #reconnectLater(): void {
    if (this.#closed || this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.connect().catch(() => {
        this.#retryMs = Math.min(this.#retryMs * 2, LAST_RETRY_MS);
        this.#reconnectLater();
      });
    }, this.#retryMs);
    this.#timer.unref();
  }
}

/** `url` with its password hidden, for error messages. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparsable URL)';
  }
}

/**
 * Opens a PostgreSQL store's connections: a Kysely dialect over a `pg.Pool`, and the live
 * channel, whose LISTEN is in place when this resolves (a message published afterwards
 * reaches every subscriber). Rejects, naming the server, when it cannot be reached.
 */
export async function openPostgres(
  options: PostgresOptions,
): Promise<{ dialect: PostgresDialect; live: LiveChannel }> {
  const { connectionString, schema } = options;
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    ...(schema === undefined ? {} : { options: `-c search_path=${checkIdentifier(schema)}` }),
  });
  // A broken idle connection is dropped by the pool and the next query opens a new one.
  pool.on('error', () => undefined);
  const live = new PostgresLiveChannel({
    connectionString,
    channel: liveChannelName(schema),
    pool,
  });
  try {
    await live.connect();
  } catch (error) {
    await pool.end();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot reach PostgreSQL at ${redact(connectionString)}: ${reason}`, {
      cause: error,
    });
  }
  return { dialect: new PostgresDialect({ pool }), live };
}

/** The schema new tables go to (first of `search_path`), where migrations keep their log. */
export async function postgresCurrentSchema<TDatabase>(db: Kysely<TDatabase>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(
    db,
  );
  const schema = rows[0]?.schema;
  if (schema === undefined || schema === null) {
    throw new Error('PostgreSQL has no current schema: search_path names no schema that exists.');
  }
  return schema;
}

/** A plpgsql trigger that makes `table` append-only: UPDATE, DELETE and TRUNCATE raise. */
export function postgresAppendOnlyTriggers(table: string): { up: string[]; down: string[] } {
  const fn = `${checkIdentifier(table)}_append_only`;
  return {
    up: [
      `create function ${fn}() returns trigger language plpgsql as $$
       begin raise exception 'audit log is append-only'; end; $$`,
      `create trigger ${table}_no_change before update or delete on ${table}
       for each row execute function ${fn}()`,
      `create trigger ${table}_no_truncate before truncate on ${table}
       for each statement execute function ${fn}()`,
    ],
    down: [
      `drop trigger if exists ${table}_no_change on ${table}`,
      `drop trigger if exists ${table}_no_truncate on ${table}`,
      `drop function if exists ${fn}()`,
    ],
  };
}

/** Runs `statement` on a short-lived connection of its own (schema set-up outside a store). */
async function runAlone(connectionString: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot reach PostgreSQL at ${redact(connectionString)}: ${reason}`, {
      cause: error,
    });
  }
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates an empty schema, for a store of its own on a shared database (tests). */
export function createPostgresSchema(input: {
  connectionString: string;
  schema: string;
}): Promise<void> {
  return runAlone(input.connectionString, `create schema ${checkIdentifier(input.schema)}`);
}

/** Drops a schema and everything in it. */
export function dropPostgresSchema(input: {
  connectionString: string;
  schema: string;
}): Promise<void> {
  return runAlone(
    input.connectionString,
    `drop schema if exists ${checkIdentifier(input.schema)} cascade`,
  );
}
