import type { z } from 'zod';
import { ROUTES } from '../../../../src/contract/routes.js';
import { ApiError, errorFromResponse, fillPath, formatIssues } from '../../api/client.js';

/**
 * The phone's calls under /api/live/:joinCode. A phone has no user session: its cookie is
 * the participant's, and changes carry the participant's CSRF token (from joining or from
 * the state, so a reloaded phone can write again).
 */
type PhoneRoute =
  'liveWorkshop' | 'joinWorkshop' | 'liveState' | 'castVote' | 'contribute' | 'selfCheckIn';

type Spec<N extends PhoneRoute> = (typeof ROUTES)[N];
type Output<N extends PhoneRoute> = z.output<Spec<N>['response']>;
type Body<N extends PhoneRoute> =
  Spec<N> extends { body: infer B extends z.ZodType } ? z.input<B> : undefined;

let csrfToken: string | undefined;

/** The participant's CSRF token, remembered from the last answer that carried it. */
export function rememberCsrfToken(token: string): void {
  csrfToken = token;
}

export async function phoneCall<N extends PhoneRoute>(
  name: N,
  joinCode: string,
  body?: Body<N>,
): Promise<Output<N>> {
  const spec: Spec<PhoneRoute> = ROUTES[name];
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: string | undefined;
  if ('body' in spec) {
    const checked = spec.body.safeParse(body ?? {});
    if (!checked.success) {
      const issues = formatIssues(checked.error);
      throw new ApiError({
        code: 'validation_failed',
        message: issues.join('; '),
        issues,
        status: 0,
      });
    }
    payload = JSON.stringify(checked.data);
    headers['content-type'] = 'application/json';
  }
  if (spec.method !== 'GET' && csrfToken !== undefined) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(fillPath(spec.path, { joinCode }), {
      method: spec.method,
      headers,
      body: payload,
      credentials: 'same-origin',
    });
  } catch (cause) {
    throw new ApiError({
      code: 'network',
      message: cause instanceof Error ? cause.message : 'network error',
      status: 0,
    });
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    json = undefined;
  }
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
  const data = parsed.data as Output<N>;
  if (typeof data === 'object' && data !== null && 'csrfToken' in data) {
    rememberCsrfToken(String(data.csrfToken));
  }
  return data;
}
