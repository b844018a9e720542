import type { LiveChange } from '../contract/live.js';
import { announce, type Workspace } from './workspace.js';

/**
 * Announces votes at most once per question per interval: 200 votes in a second make five
 * refreshes of the chair's screen, not 200.
 */
export class VoteAnnouncer {
  readonly #pending = new Map<string, ReturnType<typeof setTimeout>>();
  constructor(
    private readonly publish: (change: Omit<LiveChange, 'actor'>) => Promise<void>,
    private readonly intervalMs = 200,
  ) {}

  /** Schedules one announcement of the question's workshop, unless one is pending. */
  voted(input: { projectId: string; workshopId: string; questionId: string }): void {
    if (this.#pending.has(input.questionId)) return;
    const timer = setTimeout(() => {
      this.#pending.delete(input.questionId);
      void this.publish({ projectId: input.projectId, kind: 'vote', objectId: input.workshopId });
    }, this.intervalMs);
    timer.unref();
    this.#pending.set(input.questionId, timer);
  }

  /** Announcements still waiting. */
  get pending(): number {
    return this.#pending.size;
  }
}

const announcers = new WeakMap<Workspace, VoteAnnouncer>();
export function announcerOf(workspace: Workspace): VoteAnnouncer {
  let announcer = announcers.get(workspace);
  if (announcer === undefined) {
    announcer = new VoteAnnouncer((change) => announce(workspace, { ...change, actor: null }));
    announcers.set(workspace, announcer);
  }
  return announcer;
}
