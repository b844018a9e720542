import { ROUTES } from '../../contract/routes.js';
import { runProjectAnalysis } from '../../services/project-analysis.js';
import { projectAudit, projectDashboard } from '../../services/project-dashboard.js';
import {
  commentOnFinding,
  confirmFinding,
  decideMapping,
  findingTableJson,
  findingView,
  setFindingStatus,
} from '../../services/project-findings.js';
import { RawJson, type AddRoute } from '../add-route.js';
import type { ServerDeps } from '../server-deps.js';

/** The concordance table, one finding, the review actions, the dashboard and the audit log. */
export function findingRoutes(add: AddRoute, deps: ServerDeps): void {
  const workspace = deps.workspace;
  add(ROUTES.runAnalysis, ({ actor, params }) =>
    runProjectAnalysis(workspace, { actor, ...params }),
  );
  add(ROUTES.listFindings, async ({ actor, params, query }) => {
    const { unconfirmed, ...filter } = query;
    const json = await findingTableJson(workspace, {
      actor,
      ...params,
      filter: { ...filter, unconfirmed: unconfirmed === 'true' },
    });
    return new RawJson(json);
  });
  add(ROUTES.getFinding, ({ actor, params }) => findingView(workspace, { actor, ...params }));
  add(ROUTES.setStatus, ({ actor, params, body }) =>
    setFindingStatus(workspace, { actor, ...params, ...body }),
  );
  add(ROUTES.confirmFinding, ({ actor, params, body }) =>
    confirmFinding(workspace, { actor, ...params, ...body }),
  );
  add(ROUTES.decideMapping, ({ actor, params, body }) =>
    decideMapping(workspace, { actor, ...params, ...body }),
  );
  add(ROUTES.addComment, ({ actor, params, body }) =>
    commentOnFinding(workspace, { actor, ...params, ...body }),
  );
  add(ROUTES.dashboard, ({ actor, params }) => projectDashboard(workspace, { actor, ...params }));
  add(ROUTES.audit, async ({ actor, params, query }) => ({
    events: await projectAudit(workspace, { actor, ...params, ...query }),
  }));
}
