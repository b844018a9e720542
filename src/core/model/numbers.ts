/**
 * Reading the numbers of legal texts: roman numerals, ordinals in words
 * ("premier", "deuxième", "First"), "1er", "2 bis".
 */

const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** Value of a roman numeral made of i, v, x, l, c, or undefined. `romanToNumber('XIV') === 14` */
export function romanToNumber(value: string): number | undefined {
  const lower = value.toLowerCase();
  if (!/^[ivxlc]+$/.test(lower)) return undefined;
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const current = ROMAN[lower.charAt(i)] ?? 0;
    const next = ROMAN[lower.charAt(i + 1)] ?? 0;
    total += current < next ? -current : current;
  }
  return total;
}

const FRENCH_ORDINALS = [
  'premier|premiere|1er|1re|1ere|unique',
  'deuxieme|second|seconde|2e|2eme',
  'troisieme|3e|3eme',
  'quatrieme',
  'cinquieme',
  'sixieme',
  'septieme',
  'huitieme',
  'neuvieme',
  'dixieme',
  'onzieme',
  'douzieme',
  'treizieme',
  'quatorzieme',
  'quinzieme',
  'seizieme',
  'dix-septieme',
  'dix-huitieme',
  'dix-neuvieme',
  'vingtieme',
];
const ENGLISH_ORDINALS = [
  'first|one|1st',
  'second|two|2nd',
  'third|three|3rd',
  'fourth|four',
  'fifth|five',
  'sixth|six',
  'seventh|seven',
  'eighth|eight',
  'ninth|nine',
  'tenth|ten',
  'eleventh|eleven',
  'twelfth|twelve',
  'thirteenth|thirteen',
  'fourteenth|fourteen',
  'fifteenth|fifteen',
  'sixteenth|sixteen',
  'seventeenth|seventeen',
  'eighteenth|eighteen',
  'nineteenth|nineteen',
  'twentieth|twenty',
];

const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(
  [FRENCH_ORDINALS, ENGLISH_ORDINALS].flatMap((list) =>
    list.flatMap((words, index) => words.split('|').map((word) => [word, index + 1] as const)),
  ),
);

/** Lower case without accents: "Première" → "premiere". */
export function foldAccents(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Value of an ordinal word or "1er"-style number, or undefined: `ordinalToNumber('Deuxième') === 2`. */
export function ordinalToNumber(value: string): number | undefined {
  return ORDINAL_WORDS.get(foldAccents(value.trim()));
}

/**
 * The numeric reading of a division or article number as printed, for comparing and
 * for eIds: "II" → "2", "PREMIER" → "1", "1er" → "1", "12" → "12", "2 bis" → "2bis".
 * Only numerals of i, v and x are read as roman, so lettered parts ("Part C") stay letters;
 * `roman: false` keeps them as letters too, for sub-paragraphs "(i)", "(ii)".
 */
export function normalizeNumber(
  printed: string,
  options: { readonly roman?: boolean } = {},
): string {
  const roman = options.roman ?? true;
  const trimmed = printed.trim().replace(/^[([]+|[)\].:°ºo\-–—]+$/g, '');
  const ordinal = ordinalToNumber(trimmed);
  if (ordinal !== undefined) return String(ordinal);
  if (roman && /^[ivx]+$/i.test(trimmed)) return String(romanToNumber(trimmed));
  const firstWord =
    /^(\S+)\s+(bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)$/i.exec(trimmed);
  if (firstWord?.[1] !== undefined && firstWord[2] !== undefined) {
    return normalizeNumber(firstWord[1], options) + firstWord[2].toLowerCase();
  }
  return foldAccents(trimmed).replace(/\s+/g, '');
}

const ROMAN_NUMERALS: readonly (readonly [number, string])[] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Upper-case roman numeral of a positive number: `numberToRoman(14) === 'XIV'`. */
export function numberToRoman(value: number): string {
  let rest = value;
  let numeral = '';
  for (const [amount, letters] of ROMAN_NUMERALS) {
    while (rest >= amount) {
      numeral += letters;
      rest -= amount;
    }
  }
  return numeral;
}
