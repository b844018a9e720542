import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, uploadLaw } from '../../api/client.js';
import { lawShortName } from './model.js';
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
    mutationFn: (upload: { readonly file: File; readonly uploadId: string }) => {
      setProgress(0);
      return uploadLaw(projectId, upload, setProgress);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: keys.project(projectId) }),
  });
  return { ...mutation, progress };
}

/**
 * The short name of a law when the project has several (to tell "Article 3" of one from the
 * other), undefined when it has one.
 */
export function useLawNames(projectId: string): (lawId: string) => string | undefined {
  const laws = useLaws(projectId);
  const list = laws.data?.laws ?? [];
  return (lawId) => {
    if (list.length < 2) return undefined;
    const law = list.find((item) => item.id === lawId);
    return law === undefined ? undefined : lawShortName(law);
  };
}
