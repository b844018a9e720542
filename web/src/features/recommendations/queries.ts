import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateRecommendationBody,
  RecommendationDetail,
  RecommendationsQuery,
  UpdateRecommendationBody,
} from '../../../../src/contract/recommendations.js';
import { ApiError, api } from '../../api/client.js';
import { keys } from '../../api/query-keys.js';

/** The project's recommendations, filtered by the server. */
export function useRecommendations(projectId: string, filter: RecommendationsQuery = {}) {
  return useQuery({
    queryKey: [...keys.recommendations(projectId), filter],
    queryFn: () => api.call('listRecommendations', { params: { projectId }, query: filter }),
  });
}

export function useRecommendation(projectId: string, recommendationId: string) {
  return useQuery({
    queryKey: keys.recommendation(projectId, recommendationId),
    queryFn: () => api.call('getRecommendation', { params: { projectId, recommendationId } }),
  });
}

/** After a change: the new page at once, then the list and the board refresh. */
function useRecommendationChange<TVariables>(
  projectId: string,
  send: (variables: TVariables) => Promise<RecommendationDetail>,
) {
  const client = useQueryClient();
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: keys.recommendations(projectId) }),
      client.invalidateQueries({ queryKey: keys.allRecommendations(projectId) }),
    ]);
  return useMutation({
    mutationFn: send,
    onSuccess: async (detail) => {
      client.setQueryData(keys.recommendation(projectId, detail.id), detail);
      await client.invalidateQueries({ queryKey: keys.recommendations(projectId) });
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.code === 'conflict') await refresh();
    },
  });
}

export function useCreateRecommendation(projectId: string) {
  return useRecommendationChange(projectId, (body: CreateRecommendationBody) =>
    api.call('createRecommendation', { params: { projectId }, body }),
  );
}

export function useUpdateRecommendation(projectId: string, recommendationId: string) {
  return useRecommendationChange(projectId, (body: UpdateRecommendationBody) =>
    api.call('updateRecommendation', { params: { projectId, recommendationId }, body }),
  );
}

export function useAmendRecommendation(projectId: string, recommendationId: string) {
  return useRecommendationChange(
    projectId,
    (body: { wording: string; note: string; version: number }) =>
      api.call('amendRecommendation', { params: { projectId, recommendationId }, body }),
  );
}

/** A move through the lifecycle, by the route that takes it. */
export interface MoveVariables {
  recommendationId: string;
  route: 'propose' | 'decide';
  status: string;
  reason: string;
  version: number;
  method?: 'vote' | 'consensus';
}

export function useMoveRecommendation(projectId: string) {
  return useRecommendationChange(projectId, (move: MoveVariables) => {
    const params = { projectId, recommendationId: move.recommendationId };
    if (move.route === 'propose') {
      return api.call('proposeRecommendation', {
        params,
        body: {
          status: move.status as 'draft' | 'proposed',
          reason: move.reason,
          version: move.version,
        },
      });
    }
    return api.call('decideRecommendation', {
      params,
      body: {
        status: move.status as 'under_discussion',
        reason: move.reason,
        version: move.version,
        ...(move.method === undefined ? {} : { method: move.method }),
      },
    });
  });
}

export function useDeleteRecommendation(projectId: string, recommendationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.call('deleteRecommendation', { params: { projectId, recommendationId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.recommendations(projectId) }),
  });
}

export function useCommentOnRecommendation(projectId: string, recommendationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      api.call('commentOnRecommendation', {
        params: { projectId, recommendationId },
        body: { body },
      }),
    onSuccess: (comment) => {
      client.setQueryData<RecommendationDetail>(
        keys.recommendation(projectId, recommendationId),
        (old) =>
          old === undefined || old.comments.some((item) => item.id === comment.id)
            ? old
            : { ...old, comments: [...old.comments, comment] },
      );
    },
  });
}
