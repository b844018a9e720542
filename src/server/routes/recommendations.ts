import { ROUTES } from '../../contract/routes.js';
import {
  amendRecommendation,
  commentOnRecommendation,
  createRecommendation,
  decideRecommendation,
  deleteRecommendation,
  getRecommendation,
  listRecommendations,
  proposeRecommendation,
  recommendationDiff,
  updateRecommendation,
} from '../../services/recommendations.js';
import type { AddRoute } from '../add-route.js';
import type { ServerDeps } from '../server-deps.js';

/** Recommendations: the list and board, one recommendation, its wording, lifecycle and comments. */
export function recommendationRoutes(add: AddRoute, deps: ServerDeps): void {
  const workspace = deps.workspace;
  add(ROUTES.listRecommendations, ({ actor, params, query }) =>
    listRecommendations(workspace, { actor, ...params, filter: query }),
  );
  add(ROUTES.createRecommendation, ({ actor, params, body }) =>
    createRecommendation(workspace, { actor, ...params, input: body }),
  );
  add(ROUTES.getRecommendation, ({ actor, params }) =>
    getRecommendation(workspace, { actor, ...params }),
  );
  add(ROUTES.updateRecommendation, ({ actor, params, body }) =>
    updateRecommendation(workspace, { actor, ...params, changes: body }),
  );
  add(ROUTES.deleteRecommendation, ({ actor, params }) =>
    deleteRecommendation(workspace, { actor, ...params }),
  );
  add(ROUTES.amendRecommendation, ({ actor, params, body }) =>
    amendRecommendation(workspace, { actor, ...params, ...body }),
  );
  add(ROUTES.proposeRecommendation, ({ actor, params, body }) =>
    proposeRecommendation(workspace, { actor, ...params, ...body }),
  );
  add(ROUTES.decideRecommendation, ({ actor, params, body }) =>
    decideRecommendation(workspace, { actor, ...params, ...body }),
  );
  add(ROUTES.commentOnRecommendation, ({ actor, params, body }) =>
    commentOnRecommendation(workspace, { actor, ...params, ...body }),
  );
  add(ROUTES.recommendationDiff, ({ actor, params, query }) =>
    recommendationDiff(workspace, { actor, ...params, ...query }),
  );
}
