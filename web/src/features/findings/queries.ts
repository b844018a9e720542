import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { keys } from '../../api/query-keys.js';

/** The whole concordance table; the page filters it without asking the server again. */
export function useFindings(projectId: string) {
  return useQuery({
    queryKey: keys.findings(projectId),
    queryFn: () => api.call('listFindings', { params: { projectId } }),
  });
}

export function useRunAnalysis(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.call('runAnalysis', { params: { projectId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.project(projectId) }),
  });
}
