import { distance } from 'fastest-levenshtein';

/** Whitespace collapsed, typographic apostrophes and quotes made plain: what a reader compares. */
export function normaliseForAccuracy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Character accuracy of a read text against its source: 1 − edit distance / source length,
 * over normalised whitespace and quotes; 1 is a perfect read, and it can fall below 0.
 *
 * @example characterAccuracy('Article 1er', 'Article ler') // 0.909…
 */
export function characterAccuracy(source: string, read: string): number {
  const expected = normaliseForAccuracy(source);
  if (expected.length === 0) return read.trim() === '' ? 1 : 0;
  return 1 - distance(expected, normaliseForAccuracy(read)) / expected.length;
}
