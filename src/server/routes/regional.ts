import { ROUTES } from '../../contract/routes.js';
import { regionalMatrix } from '../../services/regional.js';
import { exportRegional } from '../../services/regional-export.js';
import type { AddRoute } from '../add-route.js';
import type { ServerDeps } from '../server-deps.js';
import { sendDownload } from './download.js';

/** The regional comparison across the countries the caller may read, and its downloads. */
export function regionalRoutes(add: AddRoute, deps: ServerDeps): void {
  const workspace = deps.workspace;
  add(ROUTES.regionalMatrix, ({ actor, query }) => regionalMatrix(workspace, { actor, query }));
  add(ROUTES.exportRegional, async ({ actor, query, reply }) => {
    const file = await exportRegional(workspace, { actor, query });
    return sendDownload(reply, file);
  });
}
