import { unzipSync } from 'fflate';
import { createParagraphLabeler, readWordLists } from './docx-numbering.js';
import { readBodyLines } from './docx-paragraphs.js';
import { readWordStyles } from './docx-styles.js';
import { ImportError } from './import-result.js';
import type { ImportedLaw, ImportOptions } from './import-result.js';
import { importExtractedText } from './text.js';
import { parseXml } from './xml/parse-xml.js';
import { attributeValue, childElement, childElements } from './xml/xml-element.js';
import type { XmlElement } from './xml/xml-element.js';
import { readZipDirectory } from './zip-directory.js';

/** A law in Word is a few MB once expanded; far more means a compression bomb. */
const MAX_EXPANDED_BYTES = 200 * 1024 * 1024;

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** The parts a Word document's text is read from. */
interface WordParts {
  readonly document: XmlElement;
  readonly styles: XmlElement | undefined;
  readonly numbering: XmlElement | undefined;
}

/** Inflates only the named entries of the archive; the others are never expanded. */
function inflate(bytes: Uint8Array, names: ReadonlySet<string>): Record<string, Uint8Array> {
  return unzipSync(bytes, { filter: (file) => names.has(file.name) });
}

/** A relationship target as an archive path: relative to the source part's folder, or absolute. */
function resolveTarget(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter((part) => part !== '');
  for (const part of target.split('/')) {
    if (part === '..') segments.pop();
    else if (part !== '.' && part !== '') segments.push(part);
  }
  return segments.join('/');
}

/** The targets of a relationships part by type (`officeDocument`, `styles`, `numbering`). */
function relationshipTargets(rels: XmlElement | undefined, folder: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const relationship of rels === undefined ? [] : childElements(rels)) {
    const type = attributeValue(relationship, 'Type');
    if (!type.startsWith(RELATIONSHIPS) || attributeValue(relationship, 'TargetMode') !== '')
      continue;
    targets.set(
      type.slice(RELATIONSHIPS.length),
      resolveTarget(folder, attributeValue(relationship, 'Target')),
    );
  }
  return targets;
}

function readParts(bytes: Uint8Array, fileName: string): WordParts {
  const parse = (data: Uint8Array | undefined): XmlElement | undefined =>
    data === undefined ? undefined : parseXml(data, fileName);
  const packageRels = inflate(bytes, new Set(['_rels/.rels']))['_rels/.rels'];
  const documentPath =
    relationshipTargets(parse(packageRels), '').get('officeDocument') ?? 'word/document.xml';
  const slash = documentPath.lastIndexOf('/');
  const folder = documentPath.slice(0, slash + 1);
  const relsPath = `${folder}_rels/${documentPath.slice(slash + 1)}.rels`;
  const documentRels = inflate(bytes, new Set([relsPath]))[relsPath];
  const targets = relationshipTargets(parse(documentRels), folder);
  const stylesPath = targets.get('styles') ?? `${folder}styles.xml`;
  const numberingPath = targets.get('numbering') ?? `${folder}numbering.xml`;
  const files = inflate(bytes, new Set([documentPath, stylesPath, numberingPath]));
  const document = parse(files[documentPath]);
  if (document === undefined) throw new Error(`the archive has no ${documentPath}`);
  return { document, styles: parse(files[stylesPath]), numbering: parse(files[numberingPath]) };
}

function refuseBombs(bytes: Uint8Array, fileName: string): void {
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
}

function wordText(bytes: Uint8Array, fileName: string): string {
  refuseBombs(bytes, fileName);
  try {
    const parts = readParts(bytes, fileName);
    const body = childElement(parts.document, 'body');
    if (body === undefined) return '';
    const styles = readWordStyles(parts.styles);
    const label = createParagraphLabeler(readWordLists(parts.numbering), styles);
    return readBodyLines(body, label).join('\n\n');
  } catch (error) {
    if (error instanceof ImportError && error.code === 'xml-unsafe') throw error;
    const reason =
      error instanceof ImportError
        ? error.message.slice(error.fileName.length + 2)
        : error instanceof Error
          ? error.message
          : String(error);
    throw new ImportError(
      'corrupt-file',
      fileName,
      `not a readable Word document (.docx): ${reason}`,
    );
  }
}

/**
 * The text of a Word document, one paragraph a line with a blank line between paragraphs,
 * and with the numbers Word generates for automatically numbered headings and lists
 * ("Article 3 :", "TITRE II", "1°", "a)") written before their paragraphs. A file that is
 * not a readable .docx is refused with the reason ('corrupt-file'); XML that declares
 * entities stays 'xml-unsafe'.
 *
 * @example (await docxToText(bytes, 'loi.docx')).split('\n\n')[1] // 'Article 1er : La présente loi…'
 */
export function docxToText(bytes: Uint8Array, fileName: string): Promise<string> {
  // The executor's throws become the promise's rejection, as from an async function.
  return new Promise((resolve) => resolve(wordText(bytes, fileName)));
}

/** Imports a law written in Word. */
export async function importDocx(bytes: Uint8Array, options: ImportOptions): Promise<ImportedLaw> {
  const text = await docxToText(bytes, options.fileName);
  return importExtractedText(text, options, { format: 'docx' });
}
