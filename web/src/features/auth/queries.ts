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
      client.clear();
      client.setQueryData(SESSION_KEY, null);
    },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { current: string; next: string }) => api.call('changePassword', { body }),
    onSuccess: (user) =>
      client.setQueryData<Session | null>(SESSION_KEY, (session) =>
        session === null || session === undefined ? session : { ...session, user },
      ),
  });
}
