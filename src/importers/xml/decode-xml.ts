import { ImportError } from '../import-result.js';
import { decodeWindows1252 } from '../windows-1252.js';

/** The encoding named in an XML declaration, read from ASCII-compatible bytes. */
const DECLARED_ENCODING = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/;

/** How far into the file the XML declaration may end. */
const DECLARATION_BYTES = 256;

function byteOrderMark(bytes: Uint8Array): string | undefined {
  const [first, second, third] = bytes;
  if (first === 0xef && second === 0xbb && third === 0xbf) return 'utf-8';
  if (first === 0xff && second === 0xfe) return 'utf-16le';
  if (first === 0xfe && second === 0xff) return 'utf-16be';
  return undefined;
}

function declaredEncoding(bytes: Uint8Array): string {
  // Latin-1 maps bytes one to one, enough to read the ASCII of a declaration.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, DECLARATION_BYTES));
  return DECLARED_ENCODING.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
}

/**
 * The text of an XML file: a byte order mark wins, then the declaration's `encoding`
 * (UTF-8, UTF-16, ISO-8859-1, windows-1252 and the other WHATWG labels), UTF-8 by default. Bytes
 * that are not valid in that encoding are refused rather than silently replaced, because
 * a law whose words are altered must not be imported as if intact.
 */
export function decodeXml(bytes: Uint8Array, fileName: string): string {
  const declared = byteOrderMark(bytes) ?? declaredEncoding(bytes);
  try {
    const decoder = new TextDecoder(declared, { fatal: true });
    // WHATWG reads ISO-8859-1 labels as windows-1252, as browsers do: they differ only in
    // 0x80–0x9F, C1 controls in Latin-1 but the curly quotes of mislabelled files.
    if (decoder.encoding === 'windows-1252') return decodeWindows1252(bytes);
    return decoder.decode(bytes);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new ImportError(
        'xml-malformed',
        fileName,
        `XML declares an unknown encoding "${declared}"`,
      );
    }
    throw new ImportError(
      'xml-malformed',
      fileName,
      `XML is not valid ${declared}; declare the real encoding in its XML declaration (e.g. encoding="ISO-8859-1")`,
    );
  }
}
