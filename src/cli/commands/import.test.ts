import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../testing/shared-corpus.js';
import { captureIo as capture } from '../captured-io.js';
import { main } from '../main.js';

const demo = repoPath('examples/laws/ml-loi-traite-2012.txt');
const folder = mkdtempSync(join(tmpdir(), 'lexalign-cli-'));

describe('lexalign import', () => {
  it('prints the outline and the article count of the demo law', async () => {
    const run = capture();
    const code = await main(['import', demo, '--country', 'ML', '--date', '2012-07-12'], run.io);
    expect(code).toBe(0);
    expect(run.out()).toMatch(/^TITRE I — DISPOSITIONS GÉNÉRALES {2}\[title_1\]$/im);
    expect(run.out()).toMatch(/^ {2}Article 1er {2}\[title_1__art_1\]$/m);
    expect(run.out()).toContain('/akn/ml/act/2012/23/fra@2012-07-12');
    expect(run.out()).toMatch(/^\d+ articles · 6 titles · \d+ chapters/m);
  });

  it('writes Akoma Ntoso and the JSON document model on request', async () => {
    const run = capture();
    const akn = join(folder, 'demo.xml');
    const json = join(folder, 'demo.json');
    const code = await main(['import', demo, '--akn', akn, '--json', json, '--quiet'], run.io);
    expect(code).toBe(0);
    expect(readFileSync(akn, 'utf8')).toContain('<akomaNtoso');
    const model: unknown = JSON.parse(readFileSync(json, 'utf8'));
    expect(model).toMatchObject({ frbr: { work: '/akn/ml/act/2012/23' }, format: 'txt' });
  });

  it('prints JSON to stdout when --json has no file name', async () => {
    const run = capture();
    expect(await main(['import', demo, '--json'], run.io)).toBe(0);
    expect(JSON.parse(run.out())).toHaveProperty('document.numbering', 'article');
  });

  it('fails with exit code 1 and names the file when it cannot be imported', async () => {
    const binary = join(folder, 'photo.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]));
    const run = capture();
    expect(await main(['import', binary], run.io)).toBe(1);
    expect(run.err()).toMatch(/^lexalign import: error: photo\.txt: /);
  });

  it('refuses a 200 MB file at once with exit code 1', async () => {
    const huge = join(folder, 'gazette.pdf');
    writeFileSync(huge, '%PDF-1.7\n');
    truncateSync(huge, 200 * 1024 * 1024);
    const run = capture();
    expect(await main(['import', huge], run.io)).toBe(1);
    expect(run.err()).toBe(
      'lexalign import: error: gazette.pdf: the file is 200.0 MB; the limit is 50.0 MB\n',
    );
  });

  it('answers a usage error with exit code 2 and the usage', async () => {
    const run = capture();
    expect(await main(['import'], run.io)).toBe(2);
    expect(run.err()).toContain('Usage: lexalign import <file>');
    expect(await main(['import', demo, '--date', '12/07/2012'], run.io)).toBe(2);
    expect(await main(['import', demo, '--lang', 'pt'], run.io)).toBe(2);
    expect(await main(['import', demo, '--country', 'Mali'], run.io)).toBe(2);
    expect(run.err()).toContain(
      '--country must be a two-letter ISO 3166 code such as ML, got "Mali"',
    );
    expect(await main(['frobnicate'], run.io)).toBe(2);
  });
});
