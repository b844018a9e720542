/** One entry of a ZIP archive's central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly uncompressedSize: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535 bytes. */
const END_SEARCH = 22 + 0xffff;

/**
 * Lists a ZIP archive's entries from its central directory, without inflating anything:
 * enough to refuse a zip bomb before a library expands it. Returns undefined when the bytes
 * hold no readable directory (not a ZIP, or truncated).
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_SEARCH); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end === -1) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const names = new TextDecoder();
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return undefined;
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // 0xFFFFFFFF means the real size is in a ZIP64 record: count it as the largest size.
    entries.push({
      name,
      uncompressedSize: uncompressedSize === 0xffffffff ? Infinity : uncompressedSize,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
