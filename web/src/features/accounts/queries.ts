import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language } from '../../../../src/contract/common.js';
import { api } from '../../api/client.js';

/** Every account of the site; only site admins may read it. */
export const ACCOUNTS_KEY = ['accounts'] as const;

export function useAccounts() {
  return useQuery({ queryKey: ACCOUNTS_KEY, queryFn: () => api.call('listUsers') });
}

/** Account changes refresh the list (new row, one-time password pending again). */
function useAccountChange<TVariables, TResult>(send: (variables: TVariables) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: ACCOUNTS_KEY }),
  });
}

export function useCreateAccount() {
  return useAccountChange(
    (body: { email: string; name: string; password: string; locale: Language }) =>
      api.call('createUser', { body }),
  );
}

export function useResetPassword() {
  return useAccountChange(({ userId, password }: { userId: string; password: string }) =>
    api.call('resetPassword', { params: { userId }, body: { password } }),
  );
}
