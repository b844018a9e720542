import { ImportError } from './import-result.js';
import type { SourceFormat } from './import-result.js';
import { sniffXmlFormat } from './xml/sniff-xml.js';

const HEAD_BYTES = 4096;

/** What the first bytes tell: a source format, or JSON whose shape decides the format. */
export type DetectedFormat = Exclude<SourceFormat, 'lii-seed-json' | 'gazette-act-json'> | 'json';

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** True when the ASCII `needle` occurs anywhere in the bytes (ZIP entry names are ASCII). */
function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) {
      if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    }
    return true;
  }
  return false;
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot === -1 ? '' : fileName.slice(dot + 1).toLowerCase();
}

const IMAGE_SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x49, 0x49, 0x2a, 0x00], // TIFF, little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF, big-endian
];

/** Formats told by their first bytes; undefined when the bytes do not say. */
function formatFromSignature(bytes: Uint8Array, fileName: string): DetectedFormat | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (containsAscii(bytes, 'word/document.xml')) return 'docx';
    throw new ImportError(
      'unsupported-format',
      fileName,
      'a ZIP archive that is not a Word document (.docx): save the law as .docx, .pdf or .txt',
    );
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ImportError(
      'unsupported-format',
      fileName,
      'an old binary Word document (.doc): save it as .docx and import that',
    );
  }
  if (IMAGE_SIGNATURES.some((signature) => startsWith(bytes, signature))) return 'image';
  return undefined;
}

/** Formats told by the first characters of a text file: XML vocabularies, HTML, JSON shapes. */
function formatFromText(bytes: Uint8Array, fileName: string): DetectedFormat | undefined {
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, HEAD_BYTES))
    .replace(/^\uFEFF/, '')
    .trimStart();
  const lower = head.toLowerCase();
  if (lower.startsWith('<!doctype html') || /^(<\?xml[^>]*>\s*)?<html[\s>]/.test(lower)) {
    return 'html';
  }
  if (head.startsWith('<')) {
    const xml = sniffXmlFormat(bytes);
    if (xml !== undefined) return xml;
    if (['html', 'htm', 'xhtml'].includes(extensionOf(fileName))) return 'html';
    const root = /<([A-Za-z_][\w.:-]*)[\s/>]/.exec(
      head.replace(/<\?[^>]*>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, ''),
    );
    throw new ImportError(
      'unsupported-format',
      fileName,
      `XML of an unknown kind (root element <${root?.[1] ?? '?'}>): LexAlign reads Akoma Ntoso and Justice Canada XML`,
    );
  }
  if (head.startsWith('{') || head.startsWith('[')) {
    return 'json';
  }
  return undefined;
}

/**
 * Tells the format of a file from its bytes first and its extension second, so a PDF
 * named `.txt` is still read as a PDF. Throws ImportError for formats LexAlign refuses.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): DetectedFormat {
  const fromBytes = formatFromSignature(bytes, fileName) ?? formatFromText(bytes, fileName);
  if (fromBytes !== undefined) return fromBytes;
  const extension = extensionOf(fileName);
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (['html', 'htm', 'xhtml'].includes(extension)) return 'html';
  if (['docx', 'pdf'].includes(extension)) {
    throw new ImportError(
      'corrupt-file',
      fileName,
      `the file is named .${extension} but is not a ${extension.toUpperCase()} file (its first bytes do not match)`,
    );
  }
  return 'txt';
}
