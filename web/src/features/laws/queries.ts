import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, uploadLaw } from '../../api/client.js';
import { keys } from '../../api/query-keys.js';

export function useLaws(projectId: string) {
  return useQuery({
    queryKey: keys.laws(projectId),
    queryFn: () => api.call('listLaws', { params: { projectId } }),
  });
}

export function useLaw(projectId: string, lawId: string) {
  return useQuery({
    queryKey: keys.law(projectId, lawId),
    queryFn: () => api.call('getLaw', { params: { projectId, lawId } }),
  });
}

/** A law in or out re-runs the analysis: the whole project is refreshed. */
export function useDeleteLaw(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (lawId: string) => api.call('deleteLaw', { params: { projectId, lawId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.project(projectId) }),
  });
}

/** The upload, with the share of the file sent so far (0 to 1). */
export function useUploadLaw(projectId: string) {
  const client = useQueryClient();
  const [progress, setProgress] = useState(0);
  const mutation = useMutation({
    mutationFn: (file: File) => {
      setProgress(0);
      return uploadLaw(projectId, file, setProgress);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: keys.project(projectId) }),
  });
  return { ...mutation, progress };
}
