import type { ServerResponse } from 'node:http';
import { LiveChange } from '../contract/live.js';
import type { LiveChannel } from '../store/live-channel.js';

/**
 * Fans the database's change messages out to the browsers watching each project, over
 * server-sent events. Every instance listens to the same channel, so a change made through
 * one instance reaches browsers connected to any other.
 */
export interface LiveHub {
  /**
   * Streams changes of a project to this response until it closes; with `frameOf`, only the
   * frames it returns (a participant's phone hears of its workshop, not of every change).
   */
  attach(projectId: string, response: ServerResponse, frameOf?: FrameOf): void;
  /** Number of open streams (for tests and health). */
  readonly size: number;
  close(): void;
}

/** The frame a stream gets for a change, or undefined to skip it. */
export type FrameOf = (change: LiveChange) => string | undefined;

const HEARTBEAT_MS = 25_000;

export function createLiveHub(channel: LiveChannel): LiveHub {
  const streams = new Map<string, Set<ServerResponse>>();
  const filters = new WeakMap<ServerResponse, FrameOf>();
  const unsubscribe = channel.subscribe((message) => {
    const parsed = LiveChange.safeParse(safeJson(message));
    if (!parsed.success) return;
    const frame = `event: change\ndata: ${JSON.stringify(parsed.data)}\n\n`;
    for (const response of streams.get(parsed.data.projectId) ?? []) {
      const frameOf = filters.get(response);
      const own = frameOf === undefined ? frame : frameOf(parsed.data);
      if (own !== undefined) response.write(own);
    }
  });
  const heartbeat = setInterval(() => {
    for (const set of streams.values()) for (const response of set) response.write(': ping\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return {
    attach(projectId, response, frameOf) {
      if (frameOf !== undefined) filters.set(response, frameOf);
      const set = streams.get(projectId) ?? new Set();
      set.add(response);
      streams.set(projectId, set);
      response.on('close', () => {
        set.delete(response);
        if (set.size === 0) streams.delete(projectId);
      });
    },
    get size() {
      let count = 0;
      for (const set of streams.values()) count += set.size;
      return count;
    },
    close() {
      clearInterval(heartbeat);
      unsubscribe();
      for (const set of streams.values()) for (const response of set) response.end();
      streams.clear();
    },
  };
}

function safeJson(message: string): unknown {
  try {
    return JSON.parse(message);
  } catch {
    return undefined;
  }
}
