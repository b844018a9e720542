/**
 * Folding for matching: lower case, no diacritics, ligatures opened, typographic apostrophes
 * and dashes made plain. Laws arrive with and without accents (OCR, typewritten gazettes), so
 * the engine compares folded words only.
 */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}
