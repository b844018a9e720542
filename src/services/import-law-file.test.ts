import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArticles } from '../core/model/index.js';
import { ImportError } from '../importers/import-result.js';
import { repoPath } from '../testing/shared-corpus.js';
import { importLawFile } from './import-law-file.js';

const folder = mkdtempSync(join(tmpdir(), 'lexalign-import-'));

async function failure(promise: Promise<unknown>): Promise<ImportError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ImportError))
    throw new Error(`expected an ImportError, got ${String(error)}`);
  return error;
}

describe('importLawFile', () => {
  it('imports the demo law with the metadata the caller gives', async () => {
    const { document } = await importLawFile(repoPath('examples/laws/ml-loi-traite-2012.txt'), {
      country: 'ml',
    });
    expect(document.meta.country).toBe('ml');
    expect(listArticles(document).length).toBeGreaterThan(30);
  });

  it('refuses a 200 MB file before reading it, naming the file and the limit', async () => {
    const path = join(folder, 'huge.txt');
    writeFileSync(path, 'Article 1er : x\n');
    truncateSync(path, 200 * 1024 * 1024);
    const error = await failure(importLawFile(path));
    expect(error.code).toBe('file-too-large');
    expect(error.message).toBe('huge.txt: the file is 200.0 MB; the limit is 50.0 MB');
  });

  it('says which file is missing', async () => {
    const error = await failure(importLawFile(join(folder, 'absent.docx')));
    expect(error.code).toBe('file-not-found');
    expect(error.message).toContain('absent.docx: cannot read the file (no such file)');
  });

  it('refuses an empty file and a folder', async () => {
    const empty = join(folder, 'empty.txt');
    writeFileSync(empty, '');
    expect((await failure(importLawFile(empty))).code).toBe('empty-file');
    expect((await failure(importLawFile(folder))).code).toBe('not-a-file');
  });
});
