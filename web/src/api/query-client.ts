import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client.js';

/** The query key of the session; `null` data means nobody is logged in. */
export const SESSION_KEY = ['session'] as const;

/** Retry what the connection lost (twice), never what the server refused. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof ApiError && error.code === 'network' && failureCount < 2;
}

/** The app's query client: an expired session anywhere sends the reader to the login page. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onError(error) }),
    mutationCache: new MutationCache({ onError: (error) => onError(error) }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  function onError(error: unknown): void {
    if (error instanceof ApiError && error.code === 'unauthenticated') {
      client.setQueryData(SESSION_KEY, null);
    }
  }
  return client;
}
