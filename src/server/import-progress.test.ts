import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveChange } from '../contract/live.js';
import { TEST_DIALECTS } from '../store/testing/test-stores.js';
import { startTestServer, type Client, type TestServer } from './testing/test-server.js';

const SCAN = new URL('../importers/ocr/fixtures/fr-loi-protection-temoins.png', import.meta.url);

/** Every live change published while the test runs. */
function collect(server: TestServer): { changes: LiveChange[]; stop: () => void } {
  const changes: LiveChange[] = [];
  const stop = server.workspace.store.live.subscribe((message) => {
    const parsed = LiveChange.safeParse(JSON.parse(message) as unknown);
    if (parsed.success) changes.push(parsed.data);
  });
  return { changes, stop };
}

async function until(check: () => boolean): Promise<void> {
  for (let tries = 0; tries < 100 && !check(); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.each(TEST_DIALECTS)('OCR progress of an upload on %s', { timeout: 120_000 }, (dialect) => {
  let server: TestServer;
  let analyst: Client;
  let projectId: string;
  let scan: Uint8Array;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    const owner = await server.client({ name: 'Owner' });
    const project = await server.project(owner, ['analyst']);
    projectId = project.id;
    analyst = project.members.get('analyst') as Client; // asked for above
    scan = new Uint8Array(await readFile(SCAN));
  });
  afterAll(() => server.close());

  it('announces each page read under the upload ID, then the law', async () => {
    const uploadId = randomUUID();
    const live = collect(server);
    const response = await analyst.upload(`/api/projects/${projectId}/laws?upload=${uploadId}`, {
      name: 'temoins.png',
      content: scan,
    });
    expect(response.statusCode).toBe(201);
    await until(() => live.changes.some((change) => change.kind === 'law'));
    live.stop();
    const imports = live.changes.filter((change) => change.kind === 'import');
    expect(imports.length).toBeGreaterThan(0);
    for (const change of imports) {
      expect(change).toMatchObject({ projectId, objectId: uploadId });
      expect(change.actor?.id).toBe(analyst.actor.id);
    }
    const steps = imports.map((change) => change.progress);
    const done = steps.map((step) => step?.done ?? -1);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(steps.at(-1)).toEqual({ done: 1, total: 1 });
  });

  it('announces no progress without an upload ID, and refuses one that is not a UUID', async () => {
    const live = collect(server);
    const plain = await analyst.upload(`/api/projects/${projectId}/laws`, {
      name: 'loi.txt',
      content: 'Loi n° 1\n\nArticle 1er : La présente loi s’applique.\n',
    });
    expect(plain.statusCode).toBe(201);
    await until(() => live.changes.some((change) => change.kind === 'law'));
    live.stop();
    expect(live.changes.filter((change) => change.kind === 'import')).toEqual([]);
    const bad = await analyst.upload(`/api/projects/${projectId}/laws?upload=nope`, {
      name: 'loi.txt',
      content: 'x',
    });
    expect(bad.statusCode).toBe(400);
  });
});
