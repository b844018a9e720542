import { numberToRoman as romanNumeral } from '../core/model/numbers.js';

/** Word's letters: a … z, then aa … zz, then aaa: the letter repeated, not a base-26 count. */
function letterNumeral(value: number): string {
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.ceil(value / 26));
}

function ordinal(value: number, language: string): string {
  if (language.startsWith('fr')) return value === 1 ? '1er' : `${value}e`;
  const tens = value % 100;
  if (tens >= 11 && tens <= 13) return `${value}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
  return `${value}${suffix}`;
}

/**
 * A level's number as Word prints it for a `w:numFmt` value: `upperRoman` 4 is "IV",
 * `lowerLetter` 28 is "bb", `ordinal` 1 is "1er" in a French document and "1st" otherwise.
 * Formats LexAlign does not know (Asian counting systems, spelled-out numbers) fall back to
 * decimal; `none` prints nothing. Bullets are the caller's business.
 *
 * @example formatLevelNumber(2, 'upperRoman', 'fr-FR') // 'II'
 */
export function formatLevelNumber(value: number, format: string, language: string): string {
  if (value <= 0 && format !== 'decimal' && format !== 'decimalZero') return String(value);
  switch (format) {
    case 'none':
      return '';
    case 'decimalZero':
      return value < 10 && value >= 0 ? `0${value}` : String(value);
    case 'upperRoman':
      return romanNumeral(value);
    case 'lowerRoman':
      return romanNumeral(value).toLowerCase();
    case 'upperLetter':
      return letterNumeral(value).toUpperCase();
    case 'lowerLetter':
      return letterNumeral(value);
    case 'ordinal':
      return ordinal(value, language);
    default:
      return String(value);
  }
}
