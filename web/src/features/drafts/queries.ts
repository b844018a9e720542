import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateDraftBody,
  DraftComment,
  DraftDetail,
  DraftEditInput,
  EditDraftResult,
} from '../../../../src/contract/drafts.js';
import { ROUTES } from '../../../../src/contract/routes.js';
import { api, fillPath } from '../../api/client.js';
import { keys } from '../../api/query-keys.js';

export function useDrafts(projectId: string) {
  return useQuery({
    queryKey: keys.drafts(projectId),
    queryFn: () => api.call('listDrafts', { params: { projectId } }),
  });
}

export function useDraft(projectId: string, draftId: string) {
  return useQuery({
    queryKey: keys.draft(projectId, draftId),
    queryFn: () => api.call('getDraft', { params: { projectId, draftId } }),
  });
}

/** The comparative table of two sides; `left` undefined lets the server choose (the law replaced). */
export function useDraftComparison(
  projectId: string,
  draftId: string,
  { left, right, enabled }: { left: string | undefined; right: string; enabled: boolean },
) {
  return useQuery({
    enabled,
    queryKey: keys.draftComparison(projectId, draftId, { left: left ?? '', right }),
    queryFn: () =>
      api.call('compareDraft', {
        params: { projectId, draftId },
        query: { ...(left === undefined ? {} : { left }), right },
      }),
  });
}

export function useDraftCoverage(projectId: string, draftId: string, side: string) {
  return useQuery({
    queryKey: keys.draftCoverage(projectId, draftId, side),
    queryFn: () => api.call('draftCoverage', { params: { projectId, draftId }, query: { side } }),
  });
}

/** What changes with the working copy: the list's counts, the comparisons and the coverage. */
function useDraftDependents(projectId: string, draftId: string) {
  const client = useQueryClient();
  return (detail: DraftDetail) => {
    client.setQueryData(keys.draft(projectId, draftId), detail);
    return Promise.all([
      client.invalidateQueries({ queryKey: keys.drafts(projectId) }),
      client.invalidateQueries({ queryKey: [...keys.draft(projectId, draftId), 'compare'] }),
      client.invalidateQueries({ queryKey: [...keys.draft(projectId, draftId), 'coverage'] }),
    ]);
  };
}

export function useCreateDraft(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDraftBody) => api.call('createDraft', { params: { projectId }, body }),
    onSuccess: async (detail) => {
      client.setQueryData(keys.draft(projectId, detail.id), detail);
      await client.invalidateQueries({ queryKey: keys.drafts(projectId) });
    },
  });
}

/** Rename the draft or change the law in force it replaces (refused when someone edited it meanwhile). */
export function useUpdateDraft(projectId: string, draftId: string) {
  const refresh = useDraftDependents(projectId, draftId);
  return useMutation({
    mutationFn: (body: { title: string; replacesLawId: string | null; baseRevision: number }) =>
      api.call('updateDraft', { params: { projectId, draftId }, body }),
    onSuccess: refresh,
  });
}

export function useDeleteDraft(projectId: string, draftId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.call('deleteDraft', { params: { projectId, draftId } }),
    onSuccess: async () => {
      client.removeQueries({ queryKey: keys.draft(projectId, draftId) });
      await client.invalidateQueries({ queryKey: keys.drafts(projectId) });
    },
  });
}

/** One edit of the working copy; the answer (applied or conflict) carries the draft as it is now. */
export interface EditVariables {
  readonly edit: DraftEditInput;
  readonly baseRevision: number;
}

export function useEditDraft(projectId: string, draftId: string) {
  const refresh = useDraftDependents(projectId, draftId);
  return useMutation({
    mutationFn: ({ edit, baseRevision }: EditVariables): Promise<EditDraftResult> =>
      api.call('editDraft', { params: { projectId, draftId }, body: { baseRevision, edit } }),
    onSuccess: (result) => refresh(result.draft),
  });
}

export function useSaveDraftVersion(projectId: string, draftId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; note: string }) =>
      api.call('saveDraftVersion', { params: { projectId, draftId }, body }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.draft(projectId, draftId) }),
        client.invalidateQueries({ queryKey: keys.drafts(projectId) }),
      ]),
  });
}

export function useRestoreDraftVersion(projectId: string, draftId: string) {
  const refresh = useDraftDependents(projectId, draftId);
  return useMutation({
    mutationFn: (number: number) =>
      api.call('restoreDraftVersion', { params: { projectId, draftId, number } }),
    onSuccess: refresh,
  });
}

export function useDraftComments(projectId: string, draftId: string, key: string) {
  return useQuery({
    queryKey: keys.draftComments(projectId, draftId, key),
    queryFn: () => api.call('listDraftComments', { params: { projectId, draftId, key } }),
  });
}

/** Comments change the article's count of open ones: the draft is read again too. */
function useCommentChange<TVariables>(
  { projectId, draftId, key }: { projectId: string; draftId: string; key: string },
  send: (variables: TVariables) => Promise<DraftComment>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (comment) => {
      client.setQueryData<{ comments: DraftComment[] }>(
        keys.draftComments(projectId, draftId, key),
        (old) =>
          old === undefined
            ? old
            : {
                comments: old.comments.some((item) => item.id === comment.id)
                  ? old.comments.map((item) => (item.id === comment.id ? comment : item))
                  : [...old.comments, comment],
              },
      );
      return client.invalidateQueries({ queryKey: keys.draft(projectId, draftId), exact: true });
    },
  });
}

export function useAddDraftComment(projectId: string, draftId: string, key: string) {
  return useCommentChange({ projectId, draftId, key }, (body: string) =>
    api.call('addDraftComment', { params: { projectId, draftId, key }, body: { body } }),
  );
}

export function useResolveDraftComment(projectId: string, draftId: string, key: string) {
  return useCommentChange(
    { projectId, draftId, key },
    (variables: { commentId: string; resolved: boolean }) =>
      api.call('resolveDraftComment', {
        params: { projectId, draftId, commentId: variables.commentId },
        body: { resolved: variables.resolved },
      }),
  );
}

/** The address of a download of the draft (working copy or a version). */
export function exportHref(
  ids: { projectId: string; draftId: string },
  format: 'docx' | 'akn',
  side = 'current',
): string {
  const query = new URLSearchParams({ format, side });
  return `${fillPath(ROUTES.exportDraft.path, ids)}?${query.toString()}`;
}
