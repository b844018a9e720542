import { describe, expect, it } from 'vitest';
import { normalizeNumber, ordinalToNumber, romanToNumber } from './numbers.js';

describe('legal numbers', () => {
  it('reads roman numerals, subtractive forms included', () => {
    expect(romanToNumber('XIV')).toBe(14);
    expect(romanToNumber('ix')).toBe(9);
    expect(romanToNumber('XLII')).toBe(42);
    expect(romanToNumber('12')).toBeUndefined();
  });

  it('reads ordinals in French and English words, accents or not', () => {
    expect(ordinalToNumber('Première')).toBe(1);
    expect(ordinalToNumber('DEUXIEME')).toBe(2);
    expect(ordinalToNumber('dix-septième')).toBe(17);
    expect(ordinalToNumber('Third')).toBe(3);
    expect(ordinalToNumber('bis')).toBeUndefined();
  });

  it('keeps letters that only look roman when they name lettered parts', () => {
    expect(normalizeNumber('C')).toBe('c');
    expect(normalizeNumber('IV')).toBe('4');
    expect(normalizeNumber('1er')).toBe('1');
    expect(normalizeNumber('5 ter')).toBe('5ter');
  });
});
