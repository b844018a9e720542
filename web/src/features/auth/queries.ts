import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Session } from '../../../../src/contract/auth.js';
import { ApiError, api } from '../../api/client.js';
import { SESSION_KEY } from '../../api/query-client.js';

/** The logged-in user and CSRF token, or null when nobody is logged in. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<Session | null> => {
      try {
        return await api.call('me');
      } catch (error) {
        if (error instanceof ApiError && error.code === 'unauthenticated') return null;
        throw error;
      }
    },
    staleTime: Infinity,
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => api.call('login', { body }),
    onSuccess: (session) => client.setQueryData(SESSION_KEY, session),
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.call('logout'),
    onSettled: () => {
      // Nothing of the last user stays in memory; the session query stays, empty, so the app
      // that watches it shows the login page.
      client.setQueryData(SESSION_KEY, null);
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
    },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { current: string; next: string }) => api.call('changePassword', { body }),
    onSuccess: async (user) => {
      client.setQueryData<Session | null>(SESSION_KEY, (session) =>
        session === null || session === undefined ? session : { ...session, user },
      );
      // The server starts a new session with a new CSRF token: fetch it before any change.
      await client.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
}
