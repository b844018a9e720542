import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  FindingDetail,
  FindingRow,
  MappingDecision,
} from '../../../../src/contract/findings.js';
import type { FindingStatus } from '../../../../src/contract/common.js';
import { ApiError, api } from '../../api/client.js';
import { keys } from '../../api/query-keys.js';
import { mergeHistory } from './model.js';

interface FindingRef {
  projectId: string;
  obligationId: string;
}

export function useFinding({ projectId, obligationId }: FindingRef) {
  return useQuery({
    queryKey: keys.finding(projectId, obligationId),
    queryFn: () => api.call('getFinding', { params: { projectId, obligationId } }),
  });
}

/** The finding's history: changes to it and decisions on its provisions, newest first. */
export function useFindingHistory({ projectId, obligationId }: FindingRef) {
  return useQuery({
    queryKey: keys.audit(projectId, 'finding', obligationId),
    queryFn: async () => {
      const read = (objectType: 'finding' | 'mapping') =>
        api.call('audit', {
          params: { projectId },
          query: { objectType, objectId: obligationId, limit: 200 },
        });
      const [finding, mapping] = await Promise.all([read('finding'), read('mapping')]);
      return mergeHistory(finding.events, mapping.events);
    },
  });
}

/**
 * After a change to a finding: put the new row into the open view at once, then refresh
 * everything that shows it. A 409 (someone else changed it first) reloads it.
 */
function useFindingChange<TVariables>(
  ref: FindingRef,
  send: (variables: TVariables) => Promise<FindingRow>,
) {
  const client = useQueryClient();
  const { projectId, obligationId } = ref;
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: keys.finding(projectId, obligationId) }),
      client.invalidateQueries({ queryKey: keys.findings(projectId) }),
      client.invalidateQueries({ queryKey: keys.dashboard(projectId) }),
      client.invalidateQueries({ queryKey: keys.allLaws(projectId) }),
      client.invalidateQueries({ queryKey: keys.audit(projectId, 'finding', obligationId) }),
    ]);
  return useMutation({
    mutationFn: send,
    onSuccess: async (row) => {
      client.setQueryData<FindingDetail>(keys.finding(projectId, obligationId), (old) =>
        old === undefined ? old : { ...old, ...row },
      );
      await refresh();
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.code === 'conflict') await refresh();
    },
  });
}

export function useSetStatus(ref: FindingRef) {
  return useFindingChange(ref, (body: { status: FindingStatus; reason: string; version: number }) =>
    api.call('setStatus', { params: ref, body }),
  );
}

export function useConfirm(ref: FindingRef) {
  return useFindingChange(ref, (version: number) =>
    api.call('confirmFinding', { params: ref, body: { version } }),
  );
}

export function useDecideMapping(ref: FindingRef) {
  return useFindingChange(
    ref,
    (body: { lawId: string; eId: string; decision: MappingDecision; version: number }) =>
      api.call('decideMapping', { params: ref, body }),
  );
}

export function useAddComment(ref: FindingRef) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.call('addComment', { params: ref, body: { body } }),
    onSuccess: (comment) => {
      client.setQueryData<FindingDetail>(keys.finding(ref.projectId, ref.obligationId), (old) =>
        old === undefined || old.comments.some((item) => item.id === comment.id)
          ? old
          : { ...old, comments: [...old.comments, comment] },
      );
    },
  });
}

/** True when a failure means someone else changed the finding first. */
export const isConflict = (error: unknown) =>
  error instanceof ApiError && error.code === 'conflict';
