import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { keys } from '../../api/query-keys.js';

export function useProjects() {
  return useQuery({ queryKey: keys.projects(), queryFn: () => api.call('listProjects') });
}

export function useProject(projectId: string) {
  return useQuery({
    queryKey: keys.project(projectId),
    queryFn: () => api.call('getProject', { params: { projectId } }),
  });
}

/** The obligations catalogue: themes in order, titles; it changes only with a new release. */
export function useCatalogue() {
  return useQuery({
    queryKey: keys.catalogue(),
    queryFn: () => api.call('catalogue'),
    staleTime: Infinity,
  });
}

export function useCreateProject() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      name: string;
      country: string;
      language: 'fr' | 'en';
      description: string;
    }) => api.call('createProject', { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.projects() }),
  });
}
