import type { FindingRow } from '../contract/findings.js';
import type { LiveChannel } from '../store/live-channel.js';

/** The whole concordance table of a project as last read, with what it was read at. */
export interface CachedTable {
  readonly rows: readonly FindingRow[];
  readonly analysedAt: string | null;
  /** Each row as JSON, made once: serialising the table is most of the cost of serving it. */
  readonly json: readonly string[];
}

/**
 * Keeps each project's concordance table in memory between changes: the table is read by
 * every analyst on every navigation, and rebuilding it means parsing every finding. Any
 * change to a project drops its entry, locally at once and on other instances through the
 * live channel. A read that began before a change never stores its (stale) result.
 */
export class FindingTableCache {
  readonly #tables = new Map<string, CachedTable>();
  readonly #generations = new Map<string, number>();
  readonly #unsubscribe: () => void;

  constructor(channel: LiveChannel) {
    this.#unsubscribe = channel.subscribe((message) => {
      const projectId = projectOf(message);
      if (projectId !== undefined) this.invalidate(projectId);
    });
  }

  async get(projectId: string, load: () => Promise<CachedTable>): Promise<CachedTable> {
    const cached = this.#tables.get(projectId);
    if (cached !== undefined) return cached;
    const generation = this.#generations.get(projectId) ?? 0;
    const table = await load();
    if ((this.#generations.get(projectId) ?? 0) === generation) this.#tables.set(projectId, table);
    return table;
  }

  invalidate(projectId: string): void {
    this.#tables.delete(projectId);
    this.#generations.set(projectId, (this.#generations.get(projectId) ?? 0) + 1);
  }

  close(): void {
    this.#unsubscribe();
    this.#tables.clear();
  }
}

function projectOf(message: string): string | undefined {
  try {
    const parsed = JSON.parse(message) as { projectId?: unknown };
    return typeof parsed.projectId === 'string' ? parsed.projectId : undefined;
  } catch {
    return undefined;
  }
}
