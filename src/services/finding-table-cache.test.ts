import { describe, expect, it } from 'vitest';
import type { LiveChannel } from '../store/live-channel.js';
import { FindingTableCache, type CachedTable } from './finding-table-cache.js';

/** A channel whose messages the test sends by hand. */
function handChannel(): LiveChannel & { send(message: string): void } {
  const listeners = new Set<(message: string) => void>();
  return {
    publish: () => Promise.resolve(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => Promise.resolve(),
    send(message) {
      for (const listener of listeners) listener(message);
    },
  };
}

const table = (analysedAt: string): CachedTable => ({
  rows: [],
  analysedAt,
  json: [],
  bodies: new Map(),
});

/** A load the test finishes when it wants, counting how many were started. */
function controlledLoads() {
  const started: ((value: CachedTable) => void)[] = [];
  return {
    started,
    load: () =>
      new Promise<CachedTable>((resolve) => {
        started.push(resolve);
      }),
  };
}

describe('the concordance table cache', () => {
  it('shares one load between readers who arrive while it runs, then serves the result', async () => {
    const cache = new FindingTableCache(handChannel());
    const loads = controlledLoads();
    const first = cache.get('p1', loads.load);
    const second = cache.get('p1', loads.load);
    expect(loads.started).toHaveLength(1);
    loads.started[0]?.(table('t1'));
    expect(await first).toBe(await second);
    expect(await cache.get('p1', loads.load)).toMatchObject({ analysedAt: 't1' });
    expect(loads.started).toHaveLength(1);
  });

  it('starts a fresh load for a reader who comes after a change, and keeps no stale table', async () => {
    const channel = handChannel();
    const cache = new FindingTableCache(channel);
    const loads = controlledLoads();
    const before = cache.get('p1', loads.load);
    channel.send(JSON.stringify({ projectId: 'p1', kind: 'finding', objectId: 'TIP.3.a' }));
    const after = cache.get('p1', loads.load);
    expect(loads.started).toHaveLength(2);
    loads.started[0]?.(table('stale'));
    loads.started[1]?.(table('fresh'));
    expect(await before).toMatchObject({ analysedAt: 'stale' });
    expect(await after).toMatchObject({ analysedAt: 'fresh' });
    expect(await cache.get('p1', loads.load)).toMatchObject({ analysedAt: 'fresh' });
    expect(loads.started).toHaveLength(2);
  });

  it('drops only the project that changed', async () => {
    const cache = new FindingTableCache(handChannel());
    await cache.get('p1', () => Promise.resolve(table('one')));
    await cache.get('p2', () => Promise.resolve(table('two')));
    cache.invalidate('p1');
    const reload = () => Promise.resolve(table('reloaded'));
    expect(await cache.get('p1', reload)).toMatchObject({ analysedAt: 'reloaded' });
    expect(await cache.get('p2', reload)).toMatchObject({ analysedAt: 'two' });
  });

  it('lets a failed load be tried again', async () => {
    const cache = new FindingTableCache(handChannel());
    await expect(cache.get('p1', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('p1', () => Promise.resolve(table('up')))).toMatchObject({
      analysedAt: 'up',
    });
  });

  it('ignores the echo of its own messages, which it acted on when sending them', async () => {
    const channel = handChannel();
    const cache = new FindingTableCache(channel);
    const loads = controlledLoads();
    const first = cache.get('p1', loads.load);
    loads.started[0]?.(table('t1'));
    await first;
    channel.send(JSON.stringify({ projectId: 'p1', origin: cache.origin }));
    expect(await cache.get('p1', loads.load)).toMatchObject({ analysedAt: 't1' });
    channel.send(JSON.stringify({ projectId: 'p1', origin: 'another instance' }));
    void cache.get('p1', loads.load);
    expect(loads.started).toHaveLength(2);
  });

  it('keeps the table through the progress reports of an import', async () => {
    const channel = handChannel();
    const cache = new FindingTableCache(channel);
    const loads = controlledLoads();
    const first = cache.get('p1', loads.load);
    loads.started[0]?.(table('t1'));
    await first;
    channel.send(JSON.stringify({ projectId: 'p1', kind: 'import', objectId: 'u1' }));
    expect(await cache.get('p1', loads.load)).toMatchObject({ analysedAt: 't1' });
    expect(loads.started).toHaveLength(1);
  });
});
