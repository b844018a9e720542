import mammoth from 'mammoth';
import { ImportError } from './import-result.js';
import type { ImportedLaw, ImportOptions } from './import-result.js';
import { importExtractedText } from './text.js';
import { readZipDirectory } from './zip-directory.js';

/** A law in Word is a few MB once expanded; far more means a compression bomb. */
const MAX_EXPANDED_BYTES = 200 * 1024 * 1024;

/**
 * The text of a Word document, one paragraph a line, read with mammoth. A file that is not
 * a readable .docx is refused with the reason.
 */
export async function docxToText(bytes: Uint8Array, fileName: string): Promise<string> {
  const entries = readZipDirectory(bytes);
  if (entries === undefined) {
    throw new ImportError(
      'corrupt-file',
      fileName,
      'not a readable Word document (.docx): the ZIP directory is missing or truncated',
    );
  }
  const expanded = entries.reduce((total, entry) => total + entry.uncompressedSize, 0);
  if (expanded > MAX_EXPANDED_BYTES) {
    throw new ImportError(
      'corrupt-file',
      fileName,
      `the Word document would expand to more than ${MAX_EXPANDED_BYTES / 1024 / 1024} MB: refused (a compressed bomb, or not a law)`,
    );
  }
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError(
      'corrupt-file',
      fileName,
      `not a readable Word document (.docx): ${reason}`,
    );
  }
}

/** Imports a law written in Word. */
export async function importDocx(bytes: Uint8Array, options: ImportOptions): Promise<ImportedLaw> {
  const text = await docxToText(bytes, options.fileName);
  return importExtractedText(text, options, { format: 'docx' });
}
