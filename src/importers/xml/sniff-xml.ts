/** The XML formats LexAlign recognises by their root element. */
export type XmlFormat = 'akn' | 'justice-canada-xml';

/** How much of the file is enough to reach the root element past a long prolog. */
const SNIFF_BYTES = 8192;

/** The root start tag after an optional BOM, XML declaration, comments, PIs and DOCTYPE. */
const ROOT_TAG =
  /^\uFEFF?\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)*<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)>/;

/** 'utf-16le' or 'utf-16be' when the bytes start with a UTF-16 byte order mark. */
function utf16ByteOrder(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Tells which XML format a file is by its root element, without parsing the whole file, so
 * the format dispatcher can route bytes: `akomaNtoso` (any prefix) is Akoma Ntoso; a
 * `Statute` or `Regulation` in the Justice Canada `lims` namespace is Justice Canada XML.
 *
 * @example sniffXmlFormat(new TextEncoder().encode('<akomaNtoso/>')) // 'akn'
 */
export function sniffXmlFormat(bytes: Uint8Array): XmlFormat | undefined {
  const head = new TextDecoder(utf16ByteOrder(bytes) ?? 'utf-8').decode(
    bytes.subarray(0, SNIFF_BYTES),
  );
  const match = ROOT_TAG.exec(head);
  if (match === null) return undefined;
  const [, root = '', attributes = ''] = match;
  if (root === 'akomaNtoso') return 'akn';
  if ((root === 'Statute' || root === 'Regulation') && attributes.includes('justice.gc.ca/lims')) {
    return 'justice-canada-xml';
  }
  return undefined;
}
