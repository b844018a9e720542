import { describe, expect, it } from 'vitest';
import {
  ApiError,
  createApiClient,
  errorFromResponse,
  fillPath,
  queryString,
  type TokenSource,
} from './client.js';

interface Sent {
  url: string;
  init: RequestInit;
}

const session = {
  user: {
    id: 'u1',
    email: 'a@example.org',
    name: 'Awa',
    isAdmin: false,
    mustChangePassword: false,
    locale: 'fr',
  },
  csrfToken: 'token-1',
};

function fakeServer(answers: { status: number; body: unknown }[], tokens?: TokenSource) {
  const sent: Sent[] = [];
  const client = createApiClient((url, init) => {
    sent.push({ url, init });
    const answer = answers.shift() ?? { status: 500, body: {} };
    return Promise.resolve(
      new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      }),
    );
  }, tokens);
  return { client, sent };
}

const header = (sent: Sent | undefined, name: string) =>
  (sent?.init.headers as Record<string, string> | undefined)?.[name];

describe('fillPath and queryString', () => {
  it('substitutes and encodes path parameters', () => {
    expect(
      fillPath('/api/projects/:projectId/findings/:obligationId', {
        projectId: 'p 1',
        obligationId: 'TIP.5.2.a',
      }),
    ).toBe('/api/projects/p%201/findings/TIP.5.2.a');
  });

  it('refuses a missing path parameter', () => {
    expect(() => fillPath('/api/projects/:projectId', {})).toThrow(/projectId/);
  });

  it('keeps only the defined query values', () => {
    expect(queryString({ status: 'missing', theme: undefined, instrument: '' })).toBe(
      '?status=missing',
    );
    expect(queryString({})).toBe('');
  });
});

describe('call', () => {
  it('validates the answer and remembers the CSRF token from login', async () => {
    const { client, sent } = fakeServer([
      { status: 200, body: session },
      { status: 200, body: { ok: true } },
    ]);
    const answer = await client.call('login', {
      body: { email: ' A@Example.org ', password: 'pw' },
    });
    expect(answer.user.name).toBe('Awa');
    expect(JSON.parse(sent[0]?.init.body as string)).toEqual({
      email: 'a@example.org',
      password: 'pw',
    });
    expect(header(sent[0], 'x-csrf-token')).toBeUndefined();
    await client.call('logout');
    expect(header(sent[1], 'x-csrf-token')).toBe('token-1');
    expect(sent[1]?.init.method).toBe('POST');
  });

  it('does not send the CSRF header on reads', async () => {
    const { client, sent } = fakeServer([
      { status: 200, body: session },
      { status: 200, body: { projects: [] } },
    ]);
    await client.call('me');
    await client.call('listProjects');
    expect(header(sent[1], 'x-csrf-token')).toBeUndefined();
  });

  it('puts path parameters and the query into the URL', async () => {
    const { client, sent } = fakeServer([{ status: 200, body: { events: [] } }]);
    await client.call('audit', {
      params: { projectId: 'p1' },
      query: { objectType: 'finding', objectId: 'TIP.3.a' },
    });
    expect(sent[0]?.url).toBe('/api/projects/p1/audit?objectType=finding&objectId=TIP.3.a');
  });

  it('throws the server error as an ApiError with code, message, issues and status', async () => {
    const { client } = fakeServer([
      { status: 401, body: { error: 'invalid_credentials', message: 'Wrong email or password' } },
    ]);
    const failure = await client
      .call('login', { body: { email: 'a@example.org', password: 'x' } })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'invalid_credentials', status: 401, issues: [] });
  });

  it('refuses an invalid body before sending it, naming the field', async () => {
    const { client, sent } = fakeServer([]);
    const failure = await client
      .call('setStatus', {
        params: { projectId: 'p1', obligationId: 'TIP.3.a' },
        body: { status: 'aligned', reason: '  ', version: 1 },
      })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({
      code: 'validation_failed',
      issues: ['reason: a reason is required'],
    });
    expect(sent).toHaveLength(0);
  });

  it('reports an answer outside the contract', async () => {
    const { client } = fakeServer([{ status: 200, body: { projects: 'no' } }]);
    await expect(client.call('listProjects')).rejects.toMatchObject({ code: 'invalid_response' });
  });

  it('renews the CSRF token once when the server refuses it', async () => {
    const { client, sent } = fakeServer([
      { status: 403, body: { error: 'csrf_failed', message: 'bad token' } },
      { status: 200, body: { ...session, csrfToken: 'token-2' } },
      { status: 200, body: { ok: true } },
    ]);
    await client.call('logout');
    expect(sent.map((request) => request.url)).toEqual([
      '/api/auth/logout',
      '/api/auth/me',
      '/api/auth/logout',
    ]);
    expect(header(sent[2], 'x-csrf-token')).toBe('token-2');
  });

  it('takes its token where its source says, and renews it with the failed call’s path', async () => {
    // As a phone does: the token comes with answers of its own routes, not with a login.
    const tokens: TokenSource = {
      tokenOf: (name) => (name === 'deleteLaw' ? 'phone-token' : undefined),
      refresh: 'deleteLaw',
    };
    const { client, sent } = fakeServer(
      [
        { status: 403, body: { error: 'csrf_failed', message: 'bad token' } },
        { status: 200, body: { ok: true } },
        { status: 200, body: { ok: true } },
      ],
      tokens,
    );
    await client.call('deleteLaw', { params: { projectId: 'p1', lawId: 'l1' } });
    expect(sent.map((request) => request.url)).toEqual([
      '/api/projects/p1/laws/l1',
      '/api/projects/p1/laws/l1',
      '/api/projects/p1/laws/l1',
    ]);
    expect(header(sent[0], 'x-csrf-token')).toBeUndefined();
    expect(header(sent[2], 'x-csrf-token')).toBe('phone-token');
  });

  it('types each call by the route table', async () => {
    const { client } = fakeServer([]);
    // @ts-expect-error getProject needs its path parameters
    await expect(client.call('getProject')).rejects.toThrow(/projectId/);
    await expect(
      client.call('setStatus', {
        params: { projectId: 'p1', obligationId: 'TIP.3.a' },
        // @ts-expect-error a status the contract does not know
        body: { status: 'done', reason: 'x', version: 1 },
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('turns a failed connection into a network error', async () => {
    const client = createApiClient(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(client.call('listProjects')).rejects.toMatchObject({ code: 'network', status: 0 });
  });
});

describe('errorFromResponse', () => {
  it('names an error without a body by its HTTP status', () => {
    expect(errorFromResponse(404, undefined).code).toBe('not_found');
    expect(errorFromResponse(403, 'Forbidden').code).toBe('forbidden');
    expect(errorFromResponse(502, undefined).code).toBe('network');
    expect(errorFromResponse(418, undefined).code).toBe('internal');
  });
});
