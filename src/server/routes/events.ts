import { ROUTES } from '../../contract/routes.js';
import { requireProject } from '../../services/project-access.js';
import type { AddRoute } from '../add-route.js';
import { openEventStream } from '../event-stream.js';
import type { ServerDeps } from '../server-deps.js';

/** Server-sent events: each browser on a project hears of every change to it. */
export function eventRoutes(add: AddRoute, deps: ServerDeps): void {
  add(ROUTES.events, async ({ actor, params, reply }) => {
    await requireProject(deps.workspace.store.db, { actor, ...params, action: 'project.read' });
    const response = openEventStream(reply);
    deps.hub.attach(params.projectId, response);
    return undefined;
  });
}
