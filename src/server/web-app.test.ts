import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testing/test-server.js';

describe('serving the web app', () => {
  let folder: string;
  let server: TestServer;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'lexalign-web-'));
    await mkdir(join(folder, 'assets'));
    await writeFile(join(folder, 'index.html'), '<!doctype html><title>LexAlign</title>');
    server = await startTestServer('sqlite', { webDir: folder });
  });
  afterAll(async () => {
    await server.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('serves files built after the server started, and index.html for the app’s own paths', async () => {
    await writeFile(join(folder, 'assets', 'late.js'), 'console.log(1)');
    const late = await server.app.inject({ method: 'GET', url: '/assets/late.js' });
    expect(late.statusCode).toBe(200);
    expect(late.headers['content-type']).toContain('javascript');
    const page = await server.app.inject({ method: 'GET', url: '/projects/anything' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>LexAlign</title>');
  });

  it('answers an unknown API path with the JSON error, not the page', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: 'not_found' });
  });

  it('compresses what it sends to browsers that accept it', async () => {
    await writeFile(join(folder, 'assets', 'big.js'), 'console.log("LexAlign");\n'.repeat(500));
    const response = await server.app.inject({
      method: 'GET',
      url: '/assets/big.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.rawPayload.byteLength).toBeLessThan(1000);
  });
});
