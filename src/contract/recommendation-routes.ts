import { Ok } from './common.js';
import { Comment, CommentBody } from './findings.js';
import { ProjectParams } from './projects.js';
import {
  AmendRecommendationBody,
  CreateRecommendationBody,
  DecideRecommendationBody,
  ProposeRecommendationBody,
  RecommendationDetail,
  RecommendationDiff,
  RecommendationDiffQuery,
  RecommendationList,
  RecommendationParams,
  RecommendationsQuery,
  UpdateRecommendationBody,
} from './recommendations.js';
import { route, type RouteSpec } from './route-spec.js';

/** Recommendations: list, write, amend, move through their lifecycle, comment, compare versions. */
export const RECOMMENDATION_ROUTES = {
  listRecommendations: route({
    method: 'GET',
    path: '/api/projects/:projectId/recommendations',
    summary:
      'The project’s recommendations, filtered by status, type, priority, theme, obligation or words',
    access: 'project.read',
    params: ProjectParams,
    query: RecommendationsQuery,
    response: RecommendationList,
  }),
  createRecommendation: route({
    method: 'POST',
    path: '/api/projects/:projectId/recommendations',
    summary: 'Write a recommendation (numbered R1, R2…), with version 1 of its wording',
    access: 'recommendation.write',
    params: ProjectParams,
    body: CreateRecommendationBody,
    response: RecommendationDetail,
    status: 201,
  }),
  getRecommendation: route({
    method: 'GET',
    path: '/api/projects/:projectId/recommendations/:recommendationId',
    summary:
      'One recommendation: linked findings and obligations, wording versions with their diffs, lifecycle, comments, workshop contributions',
    access: 'project.read',
    params: RecommendationParams,
    response: RecommendationDetail,
  }),
  updateRecommendation: route({
    method: 'PATCH',
    path: '/api/projects/:projectId/recommendations/:recommendationId',
    summary: 'Change a recommendation’s title, type, priority, theme, target, rationale or links',
    access: 'recommendation.write',
    params: RecommendationParams,
    body: UpdateRecommendationBody,
    response: RecommendationDetail,
  }),
  deleteRecommendation: route({
    method: 'DELETE',
    path: '/api/projects/:projectId/recommendations/:recommendationId',
    summary: 'Delete a recommendation still in draft',
    access: 'recommendation.write',
    params: RecommendationParams,
    response: Ok,
  }),
  amendRecommendation: route({
    method: 'POST',
    path: '/api/projects/:projectId/recommendations/:recommendationId/wording',
    summary: 'Amend the wording: a new version, refused once decided unless re-opened',
    access: 'recommendation.write',
    params: RecommendationParams,
    body: AmendRecommendationBody,
    response: RecommendationDetail,
  }),
  proposeRecommendation: route({
    method: 'POST',
    path: '/api/projects/:projectId/recommendations/:recommendationId/status',
    summary: 'Propose a recommendation for discussion, or take it back to draft',
    access: 'recommendation.write',
    params: RecommendationParams,
    body: ProposeRecommendationBody,
    response: RecommendationDetail,
  }),
  decideRecommendation: route({
    method: 'POST',
    path: '/api/projects/:projectId/recommendations/:recommendationId/decision',
    summary:
      'Put a recommendation under discussion, or decide it: adopted, adopted with changes, rejected, deferred',
    access: 'recommendation.decide',
    params: RecommendationParams,
    body: DecideRecommendationBody,
    response: RecommendationDetail,
  }),
  commentOnRecommendation: route({
    method: 'POST',
    path: '/api/projects/:projectId/recommendations/:recommendationId/comments',
    summary: 'Comment on a recommendation',
    access: 'comment.write',
    params: RecommendationParams,
    body: CommentBody,
    response: Comment,
    status: 201,
  }),
  recommendationDiff: route({
    method: 'GET',
    path: '/api/projects/:projectId/recommendations/:recommendationId/diff',
    summary: 'Word-level differences between two versions of the wording',
    access: 'project.read',
    params: RecommendationParams,
    query: RecommendationDiffQuery,
    response: RecommendationDiff,
  }),
} as const satisfies Record<string, RouteSpec>;
