import type { LiveChange } from '../contract/live.js';
import type { CatalogueIndex } from '../core/catalogue/catalogue-index.js';
import type { Store } from '../store/open-store.js';
import type { Actor } from './accounts.js';
import { changesTables, type FindingTableCache } from './finding-table-cache.js';

/** What every use-case of a running workspace needs: the database and the catalogue. */
export interface Workspace {
  readonly store: Store;
  readonly catalogue: CatalogueIndex;
  /** Concordance tables kept between changes; absent, every read goes to the database. */
  readonly tables?: FindingTableCache;
}

/**
 * Tells every server instance (and so every open browser) that something changed. Sent after
 * the transaction commits; a lost message only delays a refresh, it never loses data. The
 * actor is null when no user did it (a participant's phone).
 */
export async function announce(
  workspace: Workspace,
  change: Omit<LiveChange, 'actor'> & { readonly actor: Actor | null },
): Promise<void> {
  if (changesTables(change.kind)) workspace.tables?.invalidate(change.projectId);
  const message: LiveChange = {
    ...change,
    actor: change.actor === null ? null : { id: change.actor.id, name: change.actor.name },
  };
  try {
    await workspace.store.live.publish(JSON.stringify(message));
  } catch {
    // The write is committed; clients will see it on their next fetch.
  }
}
