import { importAkomaNtoso } from './akn.js';
import { detectFormat } from './detect-format.js';
import { importDocx } from './docx.js';
import { importGazetteActJson, isGazetteAct } from './gazette-act-json.js';
import { importHtml } from './html.js';
import { ImportError } from './import-result.js';
import type { ImportedLaw, ImportOptions } from './import-result.js';
import { importJusticeCanadaXml } from './justice-canada-xml.js';
import { importLiiSeedJson } from './lii-seed-json.js';
import { importImage } from './ocr/import-image.js';
import { importPdf } from './pdf.js';
import { importText } from './text.js';
import { decodeText } from './text-encoding.js';

/** The largest file LexAlign imports: a law, even a whole code with annexes, is far smaller. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** A size in MB with one decimal, as error messages print it. */
export function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

function importJson(bytes: Uint8Array, options: ImportOptions): ImportedLaw {
  const { text } = decodeText(bytes, options.fileName);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('corrupt-file', options.fileName, `not valid JSON: ${reason}`);
  }
  return isGazetteAct(json)
    ? importGazetteActJson(json, options)
    : importLiiSeedJson(json, options);
}

async function importByFormat(bytes: Uint8Array, options: ImportOptions): Promise<ImportedLaw> {
  const format = detectFormat(bytes, options.fileName);
  switch (format) {
    case 'pdf':
      return importPdf(bytes, options);
    case 'image':
      return importImage(bytes, options);
    case 'docx':
      return importDocx(bytes, options);
    case 'html':
      return importHtml(bytes, options);
    case 'akn':
      return importAkomaNtoso(bytes, options);
    case 'justice-canada-xml':
      return importJusticeCanadaXml(bytes, options);
    case 'json':
      return importJson(bytes, options);
    case 'txt':
    case 'markdown':
      return importText(bytes, options, format);
  }
}

/**
 * Imports a law from the bytes of a file in any supported format, told by its content
 * first and its extension second; scanned PDFs and page images (PNG, JPEG, TIFF) are read
 * by OCR. Fails with an ImportError that names the file and says what is wrong: empty, too
 * large, binary, corrupt, encrypted, a scan of too many pages, or a text in which no article
 * or section could be found.
 *
 * @example const { document, diagnostics } = await importLaw(bytes, { fileName: 'loi.docx', country: 'ML' });
 */
export async function importLaw(bytes: Uint8Array, options: ImportOptions): Promise<ImportedLaw> {
  if (bytes.length === 0)
    throw new ImportError('empty-file', options.fileName, 'the file is empty');
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportError(
      'file-too-large',
      options.fileName,
      `the file is ${megabytes(bytes.length)} MB; the limit is ${megabytes(MAX_IMPORT_BYTES)} MB`,
    );
  }
  return importByFormat(bytes, options);
}
