import type { LiveChange } from '../contract/live.js';
import type { Workspace } from './workspace.js';

/** Publishes a change no user made (a participant's phone did). */
export async function announceFromPhone(
  workspace: Workspace,
  change: Omit<LiveChange, 'actor'>,
): Promise<void> {
  const message: LiveChange = { ...change, actor: null };
  try {
    await workspace.store.live.publish(JSON.stringify(message));
  } catch {
    // The write is committed; screens see it on their next fetch.
  }
}

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
    announcer = new VoteAnnouncer((change) => announceFromPhone(workspace, change));
    announcers.set(workspace, announcer);
  }
  return announcer;
}
