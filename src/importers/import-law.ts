import { listArticles } from '../core/model/index.js';
import { importAkomaNtoso } from './akn.js';
import { detectFormat } from './detect-format.js';
import { importDocx } from './docx.js';
import { importGazetteActJson, isGazetteAct } from './gazette-act-json.js';
import { importHtml } from './html.js';
import { ImportError } from './import-result.js';
import type { ImportedLaw, ImportOptions, SourceFormat } from './import-result.js';
import { importJusticeCanadaXml } from './justice-canada-xml.js';
import { importLiiSeedJson } from './lii-seed-json.js';
import { importPdf } from './pdf.js';
import { importText } from './text.js';
import { decodeText } from './text-encoding.js';

/** The largest file LexAlign imports: a law, even a whole code with annexes, is far smaller. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Formats whose structure comes from parsing text: no article found means no law. */
const TEXT_FORMATS: ReadonlySet<SourceFormat> = new Set(['txt', 'markdown', 'docx', 'pdf', 'html']);

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
 * first and its extension second. Fails with an ImportError that names the file and says
 * what is wrong: empty, too large, binary, corrupt, encrypted, a scan without text, or a
 * text in which no article or section could be found.
 *
 * @example const { document, diagnostics } = await importLaw(bytes, { fileName: 'loi.docx', country: 'ML' });
 */
export async function importLaw(bytes: Uint8Array, options: ImportOptions): Promise<ImportedLaw> {
  if (bytes.length === 0)
    throw new ImportError('empty-file', options.fileName, 'the file is empty');
  if (bytes.length > MAX_IMPORT_BYTES) {
    const size = (bytes.length / 1024 / 1024).toFixed(1);
    throw new ImportError(
      'file-too-large',
      options.fileName,
      `the file is ${size} MB; the limit is 50.0 MB`,
    );
  }
  const imported = await importByFormat(bytes, options);
  if (TEXT_FORMATS.has(imported.format) && listArticles(imported.document).length === 0) {
    const problem = imported.diagnostics.find((entry) => entry.severity === 'error');
    throw new ImportError(
      'no-legal-text',
      options.fileName,
      `no article or section heading was found in the text${problem === undefined ? '' : ` (${problem.message})`}: is it a law?`,
    );
  }
  return imported;
}
