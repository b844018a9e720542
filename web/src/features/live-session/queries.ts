import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChairLiveSession } from '../../../../src/contract/live-session.js';
import { api } from '../../api/client.js';
import { keys } from '../../api/query-keys.js';

/** The chair's live session; under the workshop's key, so every live change refreshes it. */
export const liveKey = (projectId: string, workshopId: string) =>
  [...keys.workshop(projectId, workshopId), 'live'] as const;

export function useLiveSession(projectId: string, workshopId: string) {
  return useQuery({
    queryKey: liveKey(projectId, workshopId),
    queryFn: () => api.call('getLiveSession', { params: { projectId, workshopId } }),
  });
}

/** The recommendations behind the picker refresh with a decision too. */
function useLiveAction<TVariables>(
  projectId: string,
  workshopId: string,
  send: (
    params: { projectId: string; workshopId: string },
    variables: TVariables,
  ) => Promise<ChairLiveSession>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => send({ projectId, workshopId }, variables),
    onSuccess: (session) => {
      client.setQueryData(liveKey(projectId, workshopId), session);
      void client.invalidateQueries({ queryKey: keys.recommendations(projectId) });
    },
  });
}

export function useShowRecommendation(projectId: string, workshopId: string) {
  return useLiveAction(projectId, workshopId, (params, recommendationId: string) =>
    api.call('showRecommendation', { params, body: { recommendationId } }),
  );
}

export function useOpenVote(projectId: string, workshopId: string) {
  return useLiveAction(
    projectId,
    workshopId,
    (params, body: { recommendationId: string; prompt?: string }) =>
      api.call('openVote', { params, body }),
  );
}

export function useCloseVote(projectId: string, workshopId: string) {
  return useLiveAction(projectId, workshopId, (params) => api.call('closeVote', { params }));
}

export function useRecordDecision(projectId: string, workshopId: string) {
  return useLiveAction(
    projectId,
    workshopId,
    (
      params,
      body: {
        status: 'adopted' | 'adopted_with_changes' | 'rejected' | 'deferred';
        method: 'vote' | 'consensus';
        questionId?: string;
        reason: string;
        version?: number;
      },
    ) => api.call('recordDecision', { params, body }),
  );
}

export function useDecideContribution(projectId: string, workshopId: string) {
  return useLiveAction(
    projectId,
    workshopId,
    (params, input: { contributionId: string; accept: boolean }) =>
      input.accept
        ? api.call('acceptAmendment', {
            params: { ...params, contributionId: input.contributionId },
            body: {},
          })
        : api.call('dismissContribution', {
            params: { ...params, contributionId: input.contributionId },
          }),
  );
}
