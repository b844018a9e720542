import type { Workspace } from '../services/workspace.js';
import type { ServerConfig } from './config.js';
import type { LiveHub } from './live-hub.js';

/** What the HTTP layer is built from: buildApp(deps) wires nothing else. */
export interface ServerDeps {
  readonly workspace: Workspace;
  readonly config: ServerConfig;
  readonly hub: LiveHub;
}
