import { numberToRoman } from '../model/numbers.js';
import type { ItemMarker } from '../parse/item-marker.js';

/**
 * How the items of one list are marked. A list takes the style of its first item, typed by
 * the drafter or copied from the law ("1°" in a Malian law, "(a)" in a Commonwealth act),
 * and its items are numbered in that style from their place: inserting an item between 1°
 * and 2° makes the old 2° read 3°.
 *
 * - `letter` a), b); `bracketed-letter` (a), (b); `dotted-letter` a., b.
 * - `degree` 1°, 2°; `number` 1), 2); `bracketed-number` (1), (2)
 * - `roman` i), ii); `bracketed-roman` (i), (ii)
 * - `dash` and `en-dash`: unnumbered items opening with "-" or "–".
 */
export type DraftItemStyle =
  | 'letter'
  | 'bracketed-letter'
  | 'dotted-letter'
  | 'degree'
  | 'number'
  | 'bracketed-number'
  | 'roman'
  | 'bracketed-roman'
  | 'dash'
  | 'en-dash';

export const DRAFT_ITEM_STYLES: readonly DraftItemStyle[] = [
  'letter',
  'bracketed-letter',
  'dotted-letter',
  'degree',
  'number',
  'bracketed-number',
  'roman',
  'bracketed-roman',
  'dash',
  'en-dash',
];

/** The styles that only differ by their brackets: a list keeps its family. */
export type ItemFamily = 'letter' | 'roman' | 'number' | 'degree' | 'dash';

const FAMILY: Readonly<Record<DraftItemStyle, ItemFamily>> = {
  letter: 'letter',
  'bracketed-letter': 'letter',
  'dotted-letter': 'letter',
  degree: 'degree',
  number: 'number',
  'bracketed-number': 'number',
  roman: 'roman',
  'bracketed-roman': 'roman',
  dash: 'dash',
  'en-dash': 'dash',
};

export function itemFamily(style: DraftItemStyle): ItemFamily {
  return FAMILY[style];
}

/** The style of items when their list records none: a) and i) in French, (a) and (i) in English. */
export function defaultItemStyle(
  kind: 'point' | 'subpoint',
  language: 'fr' | 'en',
): DraftItemStyle {
  if (kind === 'point') return language === 'fr' ? 'letter' : 'bracketed-letter';
  return language === 'fr' ? 'roman' : 'bracketed-roman';
}

/** Letters for items: a … z, then aa … zz. */
function letters(position: number): string {
  const letter = String.fromCharCode(97 + ((position - 1) % 26));
  return letter.repeat(Math.floor((position - 1) / 26) + 1);
}

/** Whether the marker is printed without a number ("-", "–"). */
export function isUnnumberedStyle(style: DraftItemStyle): boolean {
  return FAMILY[style] === 'dash';
}

/**
 * The marker of the item at `position` (1-based) of a list in this style.
 *
 * @example itemMarker('degree', 3) // '3°'
 */
export function itemMarker(style: DraftItemStyle, position: number): string {
  switch (style) {
    case 'letter':
      return `${letters(position)})`;
    case 'bracketed-letter':
      return `(${letters(position)})`;
    case 'dotted-letter':
      return `${letters(position)}.`;
    case 'degree':
      return `${position}°`;
    case 'number':
      return `${position})`;
    case 'bracketed-number':
      return `(${position})`;
    case 'roman':
      return `${numberToRoman(position).toLowerCase()})`;
    case 'bracketed-roman':
      return `(${numberToRoman(position).toLowerCase()})`;
    case 'dash':
      return '-';
    case 'en-dash':
      return '–';
  }
}

/** Markers that print nothing in a law (the parser keeps "-" items unnumbered). */
export const DASH_MARKERS: ReadonlySet<string> = new Set(['-', '–']);

/**
 * The style of an item as typed: `line` is the trimmed line, `marker` what `readItemMarker`
 * read from it ("a." comes back from it as "(a)", so the line itself tells the brackets).
 */
export function typedItemStyle(line: string, marker: ItemMarker): DraftItemStyle {
  const opensBracket = line.startsWith('(');
  switch (marker.style) {
    case 'bullet':
      return line.startsWith('–') ? 'en-dash' : 'dash';
    case 'degree':
      return 'degree';
    case 'number':
      return opensBracket ? 'bracketed-number' : 'number';
    case 'roman':
      return opensBracket || !/^[ivx]+\)/.test(line) ? 'bracketed-roman' : 'roman';
    case 'letter':
      if (opensBracket) return 'bracketed-letter';
      return /^[a-z]+\)/.test(line) ? 'letter' : 'dotted-letter';
  }
}

/** The letter-family style with the same brackets as a roman-looking style: "(i)" → "(a)". */
export function asLetterStyle(style: DraftItemStyle): DraftItemStyle {
  if (style === 'bracketed-roman') return 'bracketed-letter';
  if (style === 'roman') return 'letter';
  return style;
}

/**
 * The style of a list whose first item a law prints `num` ("1°", "(a)", "i)"; '' for a dash
 * item the parser left unnumbered); undefined for a marker no style prints ("a.1)", "A)").
 */
export function printedItemStyle(num: string): DraftItemStyle | undefined {
  if (num === '' || num === '-') return 'dash';
  if (num === '–') return 'en-dash';
  if (/^\d+\s?[°º]$/.test(num)) return 'degree';
  if (/^\(\d+\)$/.test(num)) return 'bracketed-number';
  if (/^\d+\)$/.test(num)) return 'number';
  if (/^\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)$/.test(num)) return 'bracketed-roman';
  if (/^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)$/.test(num)) return 'roman';
  if (/^\([a-z]{1,2}\)$/.test(num)) return 'bracketed-letter';
  if (/^[a-z]{1,2}\)$/.test(num)) return 'letter';
  if (/^[a-z]\.$/.test(num)) return 'dotted-letter';
  return undefined;
}

/**
 * The style as a node stores it: the language's default is left out, so a draft written
 * before lists had styles reads the same; without `language` every style is kept.
 */
export function storedItemStyle(
  style: DraftItemStyle | undefined,
  kind: 'point' | 'subpoint',
  language: 'fr' | 'en' | undefined,
): DraftItemStyle | undefined {
  if (style === undefined) return undefined;
  return language !== undefined && style === defaultItemStyle(kind, language) ? undefined : style;
}
