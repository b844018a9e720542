import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this file holding package.json. */
function repositoryRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error('package.json not found above the test helpers');
    folder = parent;
  }
  return folder;
}

/** Root of the shared folder that sits beside the repository (legal texts, schemas, references). */
export const SHARED_ROOT = resolve(repositoryRoot(), '..', 'shared');

/** Absolute path of a file in the shared corpus: `corpusPath('laws/zm/…json')`. */
export function corpusPath(relative: string): string {
  return join(SHARED_ROOT, 'corpus', relative);
}

/** Bytes of a shared corpus file, as an importer receives them. */
export function readCorpus(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(corpusPath(relative)));
}

/** Absolute path of a file in this repository. */
export function repoPath(relative: string): string {
  return join(repositoryRoot(), relative);
}

/** Absolute path of a file anywhere in the shared folder: `sharedPath('reference/obligations.draft.json')`. */
export function sharedPath(relative: string): string {
  return join(SHARED_ROOT, relative);
}
