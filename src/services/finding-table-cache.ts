import { randomUUID } from 'node:crypto';
import type { FindingRow } from '../contract/findings.js';
import type { LiveChannel } from '../store/live-channel.js';

/** The whole concordance table of a project as last read, with what it was read at. */
export interface CachedTable {
  readonly rows: readonly FindingRow[];
  readonly analysedAt: string | null;
  /** Each row as JSON, made once: serialising the table is most of the cost of serving it. */
  readonly json: readonly string[];
  /** Whole response bodies by filter, encoded once and sent as they are to every reader. */
  readonly bodies: Map<string, Buffer>;
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
  /** Loads under way: readers arriving meanwhile share one instead of each starting its own. */
  readonly #loading = new Map<string, { generation: number; table: Promise<CachedTable> }>();
  readonly #unsubscribe: () => void;

  /** Marks this instance's own messages, which it has already acted on when it sent them. */
  readonly origin = randomUUID();

  constructor(channel: LiveChannel) {
    this.#unsubscribe = channel.subscribe((message) => {
      const { projectId, origin, kind } = fieldsOf(message);
      if (projectId !== undefined && origin !== this.origin && changesTables(kind)) {
        this.invalidate(projectId);
      }
    });
  }

  get(projectId: string, load: () => Promise<CachedTable>): Promise<CachedTable> {
    const cached = this.#tables.get(projectId);
    if (cached !== undefined) return Promise.resolve(cached);
    const generation = this.#generations.get(projectId) ?? 0;
    const pending = this.#loading.get(projectId);
    if (pending !== undefined && pending.generation === generation) return pending.table;
    const table = load().then((loaded) => {
      if ((this.#generations.get(projectId) ?? 0) === generation) {
        this.#tables.set(projectId, loaded);
      }
      return loaded;
    });
    const entry = { generation, table };
    this.#loading.set(projectId, entry);
    const settle = () => {
      if (this.#loading.get(projectId) === entry) this.#loading.delete(projectId);
    };
    table.then(settle, settle);
    return table;
  }

  invalidate(projectId: string): void {
    this.#tables.delete(projectId);
    this.#loading.delete(projectId);
    this.#generations.set(projectId, (this.#generations.get(projectId) ?? 0) + 1);
  }

  close(): void {
    this.#unsubscribe();
    this.#tables.clear();
    this.#loading.clear();
  }
}

/** Live changes that never alter a concordance table. */
const OTHER_KINDS: ReadonlySet<string> = new Set([
  'import',
  'report',
  'recommendation',
  'workshop',
  'participant',
  'attendance',
  'live',
  'vote',
  'contribution',
]);

/**
 * Whether a live change can alter a table: progress reports of an import in course cannot,
 * nor anything of recommendations and workshops; an unknown change is taken to.
 */
export function changesTables(kind: string | undefined): boolean {
  return kind === undefined || !OTHER_KINDS.has(kind);
}

function fieldsOf(message: string): { projectId?: string; origin?: string; kind?: string } {
  try {
    const parsed = JSON.parse(message) as { projectId?: unknown; origin?: unknown; kind?: unknown };
    return {
      ...(typeof parsed.kind === 'string' ? { kind: parsed.kind } : {}),
      ...(typeof parsed.projectId === 'string' ? { projectId: parsed.projectId } : {}),
      ...(typeof parsed.origin === 'string' ? { origin: parsed.origin } : {}),
    };
  } catch {
    return {};
  }
}
