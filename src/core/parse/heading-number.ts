import { ordinalToNumber, romanToNumber } from '../model/numbers.js';

/** A number read after a heading label ("Article", "TITRE", "PART"), and the words after it. */
export interface HeadingNumber {
  /** The number as printed: "1er", "II", "5 bis", "PREMIER", "3A". */
  readonly num: string;
  /** What follows the number, separators (":", ".-", "—") removed. */
  readonly rest: string;
  /** Whether a separator stood between the number and the rest. */
  readonly separated: boolean;
}

const SUFFIXES = new Set(['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies']);
const SEPARATORS = ':.-–—_)';

function isWordChar(char: string): boolean {
  return /[\p{L}\p{N}°º]/u.test(char);
}

/** True when a token is a number a legal heading can carry. */
export function isHeadingNumber(token: string): boolean {
  if (/^\d{1,6}[A-Z]?(er|re|e|ère)?$/.test(token)) return true;
  if (/^\d{1,6}(-\d{1,4}){1,3}$/.test(token)) return true;
  if (/^[IVXLC]{1,7}$/i.test(token) && romanToNumber(token) !== undefined) return true;
  if (/^i(er|re)$/i.test(token)) return true;
  return ordinalToNumber(token) !== undefined;
}

/**
 * Reads the number that starts `text` (after the label) and the words after it, by hand so
 * that no regular expression backtracks on long lines. Returns undefined when no number starts it.
 */
export function readHeadingNumber(text: string): HeadingNumber | undefined {
  let index = 0;
  while (index < text.length && text.charAt(index) === ' ') index++;
  const start = index;
  while (index < text.length && index - start < 40) {
    const char = text.charAt(index);
    // A hyphen between digits belongs to code numbers ("Article 225-4-1").
    const joins =
      char === '-' && /\d/.test(text.charAt(index - 1)) && /\d/.test(text.charAt(index + 1));
    if (!isWordChar(char) && !joins) break;
    index++;
  }
  let num = text.slice(start, index).replace(/[°º]$/, '');
  if (num === '' || !isHeadingNumber(num)) return undefined;
  // OCR and typists detach the ordinal suffix: "Article 1 er :".
  const detached = /^\d{1,6}$/.test(num)
    ? /^ ?(er|ER|re|ère)(?![\p{L}\d])/u.exec(text.slice(index, index + 6))
    : null;
  if (detached?.[1] !== undefined) {
    num = `${num}${detached[1].toLowerCase()}`;
    index += detached[0].length;
  }
  const after = text.slice(index);
  const suffix = /^ (bis|ter|quater|quinquies|sexies|septies|octies)\b/i.exec(after);
  if (suffix?.[1] !== undefined && SUFFIXES.has(suffix[1].toLowerCase())) {
    num = `${num} ${suffix[1]}`;
    index += suffix[0].length;
  }
  let separated = false;
  while (
    index < text.length &&
    (text.charAt(index) === ' ' || SEPARATORS.includes(text.charAt(index)))
  ) {
    if (text.charAt(index) !== ' ') separated = true;
    index++;
  }
  return { num, rest: text.slice(index), separated };
}

/** True when the words after a heading number can be a heading or text, not a running sentence. */
export function startsLikeHeadingRest(number: HeadingNumber): boolean {
  if (number.rest === '' || number.separated) return true;
  const first = number.rest.charAt(0);
  return first !== first.toLowerCase() || first === '(' || first === '"' || first === '«';
}
