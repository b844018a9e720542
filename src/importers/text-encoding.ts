import type { Diagnostic } from '../core/errors.js';
import { diagnostic } from '../core/errors.js';
import { ImportError } from './import-result.js';
import { decodeWindows1252 } from './windows-1252.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-1';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly diagnostics: readonly Diagnostic[];
}

/** Share of control characters above which a "text" file is really binary. */
const MAX_CONTROL_SHARE = 0.02;
/** How much of the start of a file the binary check reads. */
const PROBE_BYTES = 64 * 1024;

/** True when a byte is a C0 control that never occurs in text (tab, LF, CR, FF are fine). */
function isBinaryControl(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c;
}

/** Refuses bytes that are not text: NUL bytes or too many control characters near the start. */
function assertLooksLikeText(bytes: Uint8Array, fileName: string): void {
  const probe = bytes.subarray(0, PROBE_BYTES);
  let controls = 0;
  for (const byte of probe) {
    if (byte === 0) {
      throw new ImportError(
        'binary-content',
        fileName,
        'the file holds binary data (NUL bytes), not text: is it really a text file?',
      );
    }
    if (isBinaryControl(byte)) controls++;
  }
  if (controls / Math.max(1, probe.length) > MAX_CONTROL_SHARE) {
    throw new ImportError(
      'binary-content',
      fileName,
      `the file holds binary data (${controls} control characters in its first ${probe.length} bytes), not text`,
    );
  }
}

/** Windows-1252 uses 0x80–0x9F for punctuation (’ “ ” – … œ €); Latin-1 has controls there. */
function usesWindows1252Range(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80 && byte <= 0x9f) return true;
  return false;
}

function byteOrder(bytes: Uint8Array): TextEncodingName | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Lines end with \n only; a Unicode BOM and NUL-free normalisation (NFC) applied. */
function normalise(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

/**
 * Decodes the bytes of a text file, detecting the encoding: a UTF-16 byte order mark, else
 * valid UTF-8, else Windows-1252 when its punctuation range appears, else Latin-1.
 * Binary content is refused with an ImportError naming the file.
 *
 * @example decodeText(bytes, 'loi.txt').encoding // 'windows-1252'
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const utf16 = byteOrder(bytes);
  if (utf16 !== undefined) {
    const text = normalise(new TextDecoder(utf16).decode(bytes));
    return { text, encoding: utf16, diagnostics: [detected(utf16)] };
  }
  assertLooksLikeText(bytes, fileName);
  try {
    const text = normalise(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return { text, encoding: 'utf-8', diagnostics: [detected('utf-8')] };
  } catch {
    // Not UTF-8: a single-byte Western encoding, as older word processors save French text.
  }
  const encoding: TextEncodingName = usesWindows1252Range(bytes) ? 'windows-1252' : 'iso-8859-1';
  const text = normalise(
    encoding === 'windows-1252'
      ? decodeWindows1252(bytes)
      : new TextDecoder('latin1').decode(bytes),
  );
  return { text, encoding, diagnostics: [detected(encoding)] };
}

function detected(encoding: TextEncodingName): Diagnostic {
  return diagnostic('encoding-detected', `Text encoding: ${encoding}`);
}
