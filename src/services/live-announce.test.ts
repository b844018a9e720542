import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveChange } from '../contract/live.js';
import { VoteAnnouncer } from './live-announce.js';

describe('vote announcements', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('announces a burst of votes on one question once per interval, each question apart', () => {
    const sent: Omit<LiveChange, 'actor'>[] = [];
    const announcer = new VoteAnnouncer((change) => {
      sent.push(change);
      return Promise.resolve();
    }, 200);
    const vote = (questionId: string) =>
      announcer.voted({ projectId: 'p1', workshopId: 'w1', questionId });
    for (let index = 0; index < 200; index++) vote('q1');
    vote('q2');
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(200);
    expect(sent).toEqual([
      { projectId: 'p1', kind: 'vote', objectId: 'w1' },
      { projectId: 'p1', kind: 'vote', objectId: 'w1' },
    ]);
    expect(announcer.pending).toBe(0);
    vote('q1');
    vi.advanceTimersByTime(199);
    expect(sent).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sent).toHaveLength(3);
  });
});
