import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProjectRole } from '../../../../src/core/access/permissions.js';
import { api } from '../../api/client.js';
import { keys } from '../../api/query-keys.js';

export function useMembers(projectId: string) {
  return useQuery({
    queryKey: keys.members(projectId),
    queryFn: () => api.call('listMembers', { params: { projectId } }),
  });
}

/** Member changes refresh the list and the caller's own rights (they may have changed). */
function useMemberChange<TVariables>(
  projectId: string,
  send: (variables: TVariables) => Promise<unknown>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: keys.project(projectId) }),
  });
}

export function useAddMember(projectId: string) {
  return useMemberChange(projectId, (body: { email: string; role: ProjectRole }) =>
    api.call('addMember', { params: { projectId }, body }),
  );
}

export function useChangeRole(projectId: string) {
  return useMemberChange(projectId, ({ userId, role }: { userId: string; role: ProjectRole }) =>
    api.call('changeRole', { params: { projectId, userId }, body: { role } }),
  );
}

export function useRemoveMember(projectId: string) {
  return useMemberChange(projectId, (userId: string) =>
    api.call('removeMember', { params: { projectId, userId } }),
  );
}
