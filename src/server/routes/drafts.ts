import { ROUTES } from '../../contract/routes.js';
import {
  addDraftComment,
  compareDraft,
  createDraft,
  deleteDraft,
  draftCoverage,
  editDraft,
  exportDraft,
  getDraft,
  listDraftComments,
  listDrafts,
  resolveDraftComment,
  restoreDraftVersion,
  saveDraftVersion,
  updateDraft,
} from '../../services/drafts.js';
import type { AddRoute } from '../add-route.js';
import type { ServerDeps } from '../server-deps.js';
import { sendDownload } from './download.js';

/** Drafts of the new law: the working copy and its edits, versions, comparison, coverage, comments, files. */
export function draftRoutes(add: AddRoute, deps: ServerDeps): void {
  const workspace = deps.workspace;
  add(ROUTES.listDrafts, ({ actor, params }) => listDrafts(workspace, { actor, ...params }));
  add(ROUTES.createDraft, ({ actor, params, body }) =>
    createDraft(workspace, { actor, ...params, input: body }),
  );
  add(ROUTES.getDraft, ({ actor, params }) => getDraft(workspace, { actor, ...params }));
  add(ROUTES.updateDraft, ({ actor, params, body }) =>
    updateDraft(workspace, { actor, ...params, changes: body }),
  );
  add(ROUTES.deleteDraft, ({ actor, params }) => deleteDraft(workspace, { actor, ...params }));
  add(ROUTES.editDraft, ({ actor, params, body }) =>
    editDraft(workspace, { actor, ...params, ...body }),
  );
  add(ROUTES.saveDraftVersion, ({ actor, params, body }) =>
    saveDraftVersion(workspace, { actor, ...params, ...body }),
  );
  add(ROUTES.restoreDraftVersion, ({ actor, params }) =>
    restoreDraftVersion(workspace, { actor, ...params }),
  );
  add(ROUTES.compareDraft, ({ actor, params, query }) =>
    compareDraft(workspace, { actor, ...params, query }),
  );
  add(ROUTES.draftCoverage, ({ actor, params, query }) =>
    draftCoverage(workspace, { actor, ...params, ...query }),
  );
  add(ROUTES.listDraftComments, ({ actor, params }) =>
    listDraftComments(workspace, { actor, ...params }),
  );
  add(ROUTES.addDraftComment, ({ actor, params, body }) =>
    addDraftComment(workspace, { actor, ...params, ...body }),
  );
  add(ROUTES.resolveDraftComment, ({ actor, params, body }) =>
    resolveDraftComment(workspace, { actor, ...params, ...body }),
  );
  add(ROUTES.exportDraft, async ({ actor, params, query, reply }) => {
    const file = await exportDraft(workspace, { actor, ...params, ...query });
    return sendDownload(reply, file);
  });
}
