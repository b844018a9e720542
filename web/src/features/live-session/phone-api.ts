import {
  createApiClient,
  type CallOptions,
  type ResponseOf,
  type TokenSource,
} from '../../api/client.js';

/**
 * The phone's calls under /api/live/:joinCode. A phone has no user session: its cookie is
 * the participant's, and changes carry the participant's CSRF token, which comes with joining
 * and with every state read (so a reloaded phone can write again).
 */
type PhoneRoute =
  'liveWorkshop' | 'joinWorkshop' | 'liveState' | 'castVote' | 'contribute' | 'selfCheckIn';

type Body<N extends PhoneRoute> = CallOptions<N> extends { body?: infer B } ? B : undefined;

const PARTICIPANT_TOKENS: TokenSource = {
  tokenOf: (_name, data) =>
    typeof data === 'object' && data !== null && 'csrfToken' in data
      ? typeof data.csrfToken === 'string'
        ? data.csrfToken
        : undefined
      : undefined,
  refresh: 'liveState',
};

const phoneApi = createApiClient((input, init) => fetch(input, init), PARTICIPANT_TOKENS);

export function phoneCall<N extends PhoneRoute>(
  name: N,
  joinCode: string,
  body?: Body<N>,
): Promise<ResponseOf<N>> {
  // Every phone route takes the join code as its only path parameter.
  const call = phoneApi.call.bind(phoneApi) as (name: N, options: object) => Promise<ResponseOf<N>>;
  return call(name, body === undefined ? { params: { joinCode } } : { params: { joinCode }, body });
}
