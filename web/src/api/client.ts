import type { z } from 'zod';
import {
  ERROR_CODES,
  ERROR_STATUS,
  ErrorBody,
  type ErrorCode,
} from '../../../src/contract/errors.js';
import { ROUTES, type RouteName } from '../../../src/contract/routes.js';
import { Session } from '../../../src/contract/auth.js';
import { ImportResult } from '../../../src/contract/laws.js';

/** Codes the client adds to the server's: no answer at all, or an answer not in the contract. */
export type ClientErrorCode = ErrorCode | 'network' | 'invalid_response';

/** Every failure of a call: the server's error body, or what went wrong on the way. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ClientErrorCode;
  readonly issues: readonly string[];
  /** HTTP status; 0 when the request never got an answer. */
  readonly status: number;

  constructor(init: {
    code: ClientErrorCode;
    message: string;
    issues?: readonly string[];
    status: number;
  }) {
    super(init.message);
    this.code = init.code;
    this.issues = init.issues ?? [];
    this.status = init.status;
  }
}

type Routes = typeof ROUTES;
type Slot = 'params' | 'query' | 'body';

/** Routes that answer JSON to a JSON (or empty) request; uploads and streams have their own. */
export type JsonRouteName = Exclude<
  { [N in RouteName]: Routes[N] extends { response: z.ZodType } ? N : never }[RouteName],
  'importLaw'
>;

/** One slot of a call: required when the schema has required fields, absent when none. */
type SlotOf<TSpec, TSlot extends Slot> = TSpec extends { [S in TSlot]: infer TSchema }
  ? TSchema extends z.ZodType
    ? object extends z.input<TSchema>
      ? { [S in TSlot]?: z.input<TSchema> }
      : { [S in TSlot]: z.input<TSchema> }
    : never
  : { [S in TSlot]?: never };

/** What a call to route `TName` takes, inferred from the route's schemas. */
export type CallOptions<TName extends JsonRouteName> = SlotOf<Routes[TName], 'params'> &
  SlotOf<Routes[TName], 'query'> &
  SlotOf<Routes[TName], 'body'>;

/** What a call to route `TName` resolves to: the response schema's output. */
export type ResponseOf<TName extends JsonRouteName> = Routes[TName] extends {
  response: infer TSchema extends z.ZodType;
}
  ? z.output<TSchema>
  : never;

type CallArgs<TName extends JsonRouteName> =
  object extends CallOptions<TName>
    ? [options?: CallOptions<TName>]
    : [options: CallOptions<TName>];

interface LooseOptions {
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/** A path or query value as text; objects and empty values have none. */
function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** `/api/projects/:projectId` with `{ projectId: 'p 1' }` → `/api/projects/p%201`. */
export function fillPath(path: string, params: Record<string, unknown> = {}): string {
  return path.replace(/:(\w+)/g, (_match, name: string) => {
    const value = scalar(params[name]);
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

/** A query string from the defined values, in the given order ('' when there are none). */
export function queryString(query: Record<string, unknown> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const text = scalar(value);
    if (text !== undefined) search.set(key, text);
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/** "field: message" for each zod issue, as the server words validation failures. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) =>
    issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`,
  );
}

/** Codes to assume when an error comes without the contract's body (a proxy, a crash). */
const FALLBACK_CODES: Readonly<Partial<Record<number, ErrorCode>>> = {
  401: 'unauthenticated',
  403: 'forbidden',
};

/** The ApiError for a failed response, whatever its body. */
export function errorFromResponse(status: number, body: unknown): ApiError {
  const parsed = ErrorBody.safeParse(body);
  if (parsed.success) {
    const { error, message, issues } = parsed.data;
    return new ApiError({ code: error, message, issues: issues ?? [], status });
  }
  // A gateway that cannot reach the server: for the reader, the connection is down.
  if (status === 502 || status === 503 || status === 504) {
    return new ApiError({ code: 'network', message: `HTTP ${status}`, status });
  }
  const code =
    FALLBACK_CODES[status] ?? ERROR_CODES.find((candidate) => ERROR_STATUS[candidate] === status);
  return new ApiError({ code: code ?? 'internal', message: `HTTP ${status}`, status });
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** The typed client; `createApiClient` with a fake `fetch` in tests. */
export interface ApiClient {
  call<TName extends JsonRouteName>(
    name: TName,
    ...args: CallArgs<TName>
  ): Promise<ResponseOf<TName>>;
  /** The CSRF token sent on every change; set by `login` and `me` answers. */
  csrfToken(): string | undefined;
}

/**
 * Where a client's CSRF token comes from: the answers that carry one, the answers that end
 * the session, and the route to call for a fresh one when the server refuses the token.
 */
export interface TokenSource {
  /** The token an answer of `name` carries; null when it ends the session; undefined: no news. */
  tokenOf(name: JsonRouteName, data: unknown): string | null | undefined;
  /** Called once, with the failed call's path parameters, when the token was refused. */
  readonly refresh: JsonRouteName;
}

/** A member's session: `login` and `me` hand out the token, `logout` ends it. */
export const USER_TOKENS: TokenSource = {
  tokenOf(name, data) {
    if (name === 'logout') return null;
    if (name !== 'login' && name !== 'me') return undefined;
    const session = Session.safeParse(data);
    return session.success ? session.data.csrfToken : undefined;
  },
  refresh: 'me',
};

export function createApiClient(
  fetchImpl: FetchLike,
  tokens: TokenSource = USER_TOKENS,
): ApiClient {
  let token: string | undefined;

  async function send(name: JsonRouteName, options: LooseOptions): Promise<unknown> {
    const spec = ROUTES[name];
    const url = fillPath(spec.path, options.params) + queryString(options.query);
    const headers: Record<string, string> = { accept: 'application/json' };
    let body: string | undefined;
    if ('body' in spec) {
      const checked = spec.body.safeParse(options.body);
      if (!checked.success) {
        throw new ApiError({
          code: 'validation_failed',
          message: formatIssues(checked.error).join('; '),
          issues: formatIssues(checked.error),
          status: 0,
        });
      }
      body = JSON.stringify(checked.data);
      headers['content-type'] = 'application/json';
    }
    if (spec.method !== 'GET' && token !== undefined) headers['x-csrf-token'] = token;
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: spec.method,
        headers,
        body,
        credentials: 'same-origin',
      });
    } catch (cause) {
      throw new ApiError({
        code: 'network',
        message: cause instanceof Error ? cause.message : 'network error',
        status: 0,
      });
    }
    const json = await readJson(response);
    if (!response.ok) throw errorFromResponse(response.status, json);
    const parsed = spec.response.safeParse(json);
    if (!parsed.success) {
      throw new ApiError({
        code: 'invalid_response',
        message: `unexpected answer from ${name}`,
        issues: formatIssues(parsed.error),
        status: response.status,
      });
    }
    const data: unknown = parsed.data;
    const carried = tokens.tokenOf(name, data);
    if (carried !== undefined) token = carried ?? undefined;
    return data;
  }

  return {
    async call(name, ...args) {
      // Every CallOptions is a LooseOptions with narrower fields.
      const options = ((args as readonly unknown[])[0] ?? {}) as LooseOptions;
      try {
        // The route's own schema produced `data`, so it has the route's response type.
        return (await send(name, options)) as ResponseOf<typeof name>;
      } catch (error) {
        // A session renewed elsewhere has a new token: fetch it once and retry (same cast).
        if (!(error instanceof ApiError) || error.code !== 'csrf_failed') throw error;
        await send(tokens.refresh, { params: options.params });
        return (await send(name, options)) as ResponseOf<typeof name>;
      }
    },
    csrfToken: () => token,
  };
}

/** The client the app uses, speaking to the server it was served from. */
export const api = createApiClient((input, init) => fetch(input, init));

/**
 * Upload a law file (multipart field `file`), reporting the share sent from 0 to 1. With an
 * `uploadId`, the server announces its OCR progress under that ID on the project's events.
 */
export function uploadLaw(
  projectId: string,
  upload: { readonly file: File; readonly uploadId?: string },
  onProgress: (fraction: number) => void,
): Promise<ImportResult> {
  const { file, uploadId } = upload;
  const url = fillPath(ROUTES.importLaw.path, { projectId }) + queryString({ upload: uploadId });
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.responseType = 'text';
    request.setRequestHeader('accept', 'application/json');
    const token = api.csrfToken();
    if (token !== undefined) request.setRequestHeader('x-csrf-token', token);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      let json: unknown;
      try {
        json = JSON.parse(request.responseText) as unknown;
      } catch {
        json = undefined;
      }
      if (request.status < 200 || request.status >= 300) {
        reject(errorFromResponse(request.status, json));
        return;
      }
      const parsed = ImportResult.safeParse(json);
      if (parsed.success) resolve(parsed.data);
      else
        reject(
          new ApiError({
            code: 'invalid_response',
            message: 'unexpected answer from importLaw',
            issues: formatIssues(parsed.error),
            status: request.status,
          }),
        );
    });
    request.addEventListener('error', () =>
      reject(new ApiError({ code: 'network', message: 'network error', status: 0 })),
    );
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
