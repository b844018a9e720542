import { ROUTES } from '../../contract/routes.js';
import { exportConcordance, exportRecommendations } from '../../services/concordance-export.js';
import { reportFile } from '../../services/report-files.js';
import { announce } from '../../services/workspace.js';
import type { AddRoute } from '../add-route.js';
import type { ServerDeps } from '../server-deps.js';
import { sendDownload } from './download.js';

/** Reports (HTML, PDF, DOCX) and the spreadsheets of the concordance table and recommendations. */
export function reportRoutes(add: AddRoute, deps: ServerDeps): void {
  const workspace = deps.workspace;
  add(ROUTES.downloadReport, async ({ actor, params, query, reply }) => {
    const { requestId } = query;
    const file = await reportFile(workspace, {
      actor,
      projectId: params.projectId,
      kind: params.kind,
      format: query.format,
      language: query.language,
      draftId: query.draftId,
      workshopId: query.workshopId,
      includeParticipants: query.includeParticipants === 'true',
      ...(requestId === undefined
        ? {}
        : {
            onProgress: (done: number, total: number) =>
              void announce(workspace, {
                projectId: params.projectId,
                kind: 'report',
                objectId: requestId,
                actor,
                progress: { done, total },
              }),
          }),
    });
    return sendDownload(reply, file);
  });
  add(ROUTES.exportConcordance, async ({ actor, params, query, reply }) =>
    sendDownload(reply, await exportConcordance(workspace, { actor, ...params, ...query })),
  );
  add(ROUTES.exportRecommendations, async ({ actor, params, query, reply }) =>
    sendDownload(reply, await exportRecommendations(workspace, { actor, ...params, ...query })),
  );
}
