import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { importLaw, MAX_IMPORT_BYTES, megabytes } from '../importers/import-law.js';
import { ImportError } from '../importers/import-result.js';
import type { ImportedLaw, ImportOptions } from '../importers/import-result.js';

export interface ImportLawFileOptions extends Omit<ImportOptions, 'fileName'> {
  /** Refuse files larger than this many bytes before reading them (default MAX_IMPORT_BYTES). */
  readonly maxBytes?: number;
}

/**
 * Reads a law from disk and imports it. The size is checked before a byte is read, so a
 * 200 MB file is refused at once with bounded memory; every failure is an ImportError
 * naming the file.
 *
 * @example const { document } = await importLawFile('examples/laws/ml-loi-traite-2012.txt', { country: 'ML' });
 */
export async function importLawFile(
  path: string,
  options: ImportLawFileOptions = {},
): Promise<ImportedLaw> {
  const { maxBytes = MAX_IMPORT_BYTES, ...importOptions } = options;
  const fileName = basename(path);
  const info = await stat(path).catch((error: unknown) => {
    throw new ImportError('file-not-found', path, `cannot read the file (${describe(error)})`);
  });
  if (!info.isFile()) throw new ImportError('not-a-file', path, 'is not a regular file');
  if (info.size === 0) throw new ImportError('empty-file', fileName, 'the file is empty');
  if (info.size > maxBytes) {
    throw new ImportError(
      'file-too-large',
      fileName,
      `the file is ${megabytes(info.size)} MB; the limit is ${megabytes(maxBytes)} MB`,
    );
  }
  const bytes = await readExactly(path, info.size);
  return importLaw(bytes, { ...importOptions, fileName });
}

/** Reads the `size` bytes measured before opening; growth after that point is not read. */
async function readExactly(path: string, size: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(size);
    let length = 0;
    while (length < size) {
      const { bytesRead } = await handle.read(buffer, length, size - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

function describe(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    return error.code === 'ENOENT' ? 'no such file' : error.code;
  }
  return String(error);
}
