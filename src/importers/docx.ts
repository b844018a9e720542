import mammoth from 'mammoth';
import { ImportError } from './import-result.js';
import type { ImportedLaw, ImportOptions } from './import-result.js';
import { importExtractedText } from './text.js';

/**
 * The text of a Word document, one paragraph a line, read with mammoth. A file that is not
 * a readable .docx is refused with the reason.
 */
export async function docxToText(bytes: Uint8Array, fileName: string): Promise<string> {
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
