import { describe, expect, it } from 'vitest';
import { ImportError } from './import-result.js';
import { decodeText } from './text-encoding.js';

/** Encodes a string one byte a character, as Latin-1 and Windows-1252 do for these texts. */
function singleByte(text: string, extra: Readonly<Record<string, number>> = {}): Uint8Array {
  return Uint8Array.from([...text].map((char) => extra[char] ?? char.charCodeAt(0)));
}

describe('decodeText', () => {
  it('reads UTF-8 with a byte order mark and Windows line ends', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('Article 1er :\r\nLa traite…\r\n'),
    ]);
    const decoded = decodeText(bytes, 'loi.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('Article 1er :\nLa traite…\n');
  });

  it('recognises Windows-1252 by its curly quotes, œ and guillemets', () => {
    const bytes = singleByte('L’œuvre « forcée » est punie.', {
      '’': 0x92,
      œ: 0x9c,
      '«': 0xab,
      '»': 0xbb,
    });
    const decoded = decodeText(bytes, 'loi-1252.txt');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('L’œuvre « forcée » est punie.');
  });

  it('falls back to Latin-1 for accented text without Windows punctuation', () => {
    const decoded = decodeText(singleByte('Réclusion à perpétuité ; élève'), 'loi-latin1.txt');
    expect(decoded.encoding).toBe('iso-8859-1');
    expect(decoded.text).toBe('Réclusion à perpétuité ; élève');
    expect(decoded.diagnostics[0]?.message).toBe('Text encoding: iso-8859-1');
  });

  it('reads UTF-16 with its byte order mark', () => {
    const text = 'Article 2 : Définitions';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((char, index) => bytes.set([char.charCodeAt(0), 0], 2 + index * 2));
    expect(decodeText(bytes, 'loi.txt')).toMatchObject({ encoding: 'utf-16le', text });
  });

  it('refuses binary data renamed .txt, naming the file', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => decodeText(png, 'scan.txt')).toThrow(ImportError);
    expect(() => decodeText(png, 'scan.txt')).toThrow(
      /^scan\.txt: the file holds binary data \(NUL bytes\)/,
    );
    const controls = Uint8Array.from({ length: 200 }, (_, index) =>
      index % 3 === 0 ? 0x01 : 0x41,
    );
    expect(() => decodeText(controls, 'odd.txt')).toThrow(/control characters/);
  });
});
