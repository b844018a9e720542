import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, TEST_DIALECTS } from './testing/test-stores.js';
import type { TestStore } from './testing/test-stores.js';
import type { LiveChannel } from './live-channel.js';

/** Collects what a subscriber receives. */
function collect(live: LiveChannel): { received: string[]; stop: () => void } {
  const received: string[] = [];
  const stop = live.subscribe((message) => received.push(message));
  return { received, stop };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Gives a stray duplicate time to arrive before asserting there is none. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 150));

describe.each(TEST_DIALECTS)('live channel on %s', (dialect) => {
  let test: TestStore;
  beforeEach(async () => {
    test = await openTestStore(dialect);
  });
  afterEach(async () => {
    await test.cleanup();
  });

  it('delivers a published message once to each subscriber, after publish returns', async () => {
    const first = collect(test.store.live);
    const second = collect(test.store.live);
    await test.store.live.publish('{"kind":"finding"}');
    await until(() => first.received.length > 0 && second.received.length > 0, 'delivery');
    await settle();
    expect(first.received).toEqual(['{"kind":"finding"}']);
    expect(second.received).toEqual(['{"kind":"finding"}']);
  });

  it('keeps the order of messages from one publisher', async () => {
    const sub = collect(test.store.live);
    for (const n of [1, 2, 3]) await test.store.live.publish(String(n));
    await until(() => sub.received.length === 3, 'three messages');
    expect(sub.received).toEqual(['1', '2', '3']);
  });

  it('stops delivering to a subscriber that unsubscribed', async () => {
    const gone = collect(test.store.live);
    const kept = collect(test.store.live);
    gone.stop();
    await test.store.live.publish('after');
    await until(() => kept.received.length > 0, 'delivery');
    await settle();
    expect(gone.received).toEqual([]);
  });

  it('refuses a message too long for a notification', async () => {
    await expect(test.store.live.publish('x'.repeat(8000))).rejects.toThrow(/limit/);
  });

  if (dialect === 'sqlite') {
    it('keeps messages inside one store: another store on the same file hears nothing', async () => {
      const other = await test.openSibling();
      const here = collect(test.store.live);
      const there = collect(other.live);
      await test.store.live.publish('local');
      await until(() => here.received.length === 1, 'local delivery');
      await settle();
      expect(there.received).toEqual([]);
    });
    return;
  }

  it('carries messages between two stores on the same database, once each', async () => {
    const other = await test.openSibling();
    const here = collect(test.store.live);
    const there = collect(other.live);
    await test.store.live.publish('from-here');
    await other.live.publish('from-there');
    await until(() => here.received.length === 2 && there.received.length === 2, 'both');
    await settle();
    expect(here.received.sort()).toEqual(['from-here', 'from-there']);
    expect(there.received.sort()).toEqual(['from-here', 'from-there']);
  });

  it('listens again after its connection drops', async () => {
    const sub = collect(test.store.live);
    const { rows: killed } = await sql<{ ok: boolean }>`
      select pg_terminate_backend(pid) as ok from pg_stat_activity
      where query = 'listen "lexalign_changes_' || current_schema() || '"'`.execute(test.store.db);
    expect(killed).toHaveLength(1);
    const deadline = Date.now() + 10_000;
    while (sub.received.length === 0 && Date.now() < deadline) {
      await test.store.live.publish('after-drop');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(sub.received).toContain('after-drop');
  });
});
