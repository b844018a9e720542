import { ROUTES } from '../../contract/routes.js';
import { requireProject } from '../../services/project-access.js';
import type { AddRoute } from '../add-route.js';
import type { ServerDeps } from '../server-deps.js';

/** Server-sent events: each browser on a project hears of every change to it. */
export function eventRoutes(add: AddRoute, deps: ServerDeps): void {
  add(ROUTES.events, async ({ actor, params, reply }) => {
    await requireProject(deps.workspace.store.db, { actor, ...params, action: 'project.read' });
    reply.hijack();
    const response = reply.raw;
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    response.write('retry: 3000\n\n');
    deps.hub.attach(params.projectId, response);
    return undefined;
  });
}
