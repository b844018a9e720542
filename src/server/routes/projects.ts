import { ROUTES } from '../../contract/routes.js';
import { INSTRUMENT_CODES } from '../../core/catalogue/types.js';
import {
  createProject,
  dropMember,
  getProject,
  listProjects,
  projectMembers,
  setMember,
} from '../../services/projects.js';
import type { AddRoute } from '../add-route.js';
import type { ServerDeps } from '../server-deps.js';

/** Projects, their members, and the catalogue they are analysed against. */
export function projectRoutes(add: AddRoute, deps: ServerDeps): void {
  const workspace = deps.workspace;
  add(ROUTES.catalogue, () => {
    const catalogue = workspace.catalogue.catalogue;
    const themes = [...new Set(catalogue.obligations.map((item) => item.theme))];
    return Promise.resolve({
      version: catalogue.version,
      themes,
      obligations: catalogue.obligations
        .filter((item) => INSTRUMENT_CODES.includes(item.instrument))
        .map((item) => ({
          id: item.id,
          instrument: item.instrument,
          theme: item.theme,
          kind: item.kind,
          title: item.title,
        })),
    });
  });
  add(ROUTES.listProjects, async ({ actor }) => ({
    projects: await listProjects(workspace, actor),
  }));
  add(ROUTES.createProject, ({ actor, body }) => createProject(workspace, { actor, input: body }));
  add(ROUTES.getProject, ({ actor, params }) => getProject(workspace, { actor, ...params }));
  add(ROUTES.listMembers, async ({ actor, params }) => ({
    members: await projectMembers(workspace, { actor, ...params }),
  }));
  add(ROUTES.addMember, ({ actor, params, body }) =>
    setMember(workspace, { actor, ...params, ...body }),
  );
  add(ROUTES.changeRole, ({ actor, params, body }) =>
    setMember(workspace, { actor, ...params, role: body.role }),
  );
  add(ROUTES.removeMember, async ({ actor, params }) => {
    await dropMember(workspace, { actor, ...params });
    return { ok: true as const };
  });
}
