import type { LineHeading } from './line-heading.js';
import { readHeadingNumber, startsLikeHeadingRest } from './heading-number.js';
import type { DivisionKind } from '../model/provision.js';

const DIVISION_LABELS: ReadonlyMap<string, DivisionKind> = new Map([
  ['part', 'part'],
  ['division', 'division'],
  ['chapter', 'chapter'],
]);

const HEADING_WINDOW = 300;
const ORDINAL_SCHEDULE =
  /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (schedule|annex)\b\s*(.*)$/i;

/** Recognises schedules and annexes: `SCHEDULE`, `First Schedule`, `SCHEDULE 2`, `ANNEX I`. */
function parseSchedule(window: string): LineHeading | undefined {
  const ordinal = ORDINAL_SCHEDULE.exec(window);
  if (ordinal?.[1] !== undefined) {
    const rest = (ordinal[3] ?? '').replace(/^[\s:.\-–—]+/, '');
    if (rest !== '' && rest.charAt(0) === rest.charAt(0).toLowerCase() && rest.charAt(0) !== '(') {
      return undefined;
    }
    return { kind: 'division', division: 'annex', num: ordinal[1], rest };
  }
  const label = /^(schedule|annex|annexure)(?=[\s:.\-–—]|$)/i.exec(window);
  if (label === null) return undefined;
  const after = window.slice(label[0].length);
  const number = readHeadingNumber(after);
  if (number !== undefined && /^[\s:.\-–—]*\(|^ \d|^ [IVX]+\b/.test(after)) {
    return startsLikeHeadingRest(number)
      ? { kind: 'division', division: 'annex', num: number.num, rest: number.rest }
      : undefined;
  }
  const rest = after.replace(/^[\s:.\-–—]+/, '');
  const first = rest.charAt(0);
  if (rest !== '' && first === first.toLowerCase() && first !== '(') return undefined;
  return { kind: 'division', division: 'annex', num: '', rest };
}

/** Recognises a numbered Commonwealth section: `2. Interpretation`, `3.—(1) …`, `12. (1) …`, `12A. …`. */
function parseSection(window: string): LineHeading | undefined {
  const match = /^(\d{1,5}[A-Z]{0,2})\.(?!\d)/.exec(window);
  if (match?.[1] === undefined || match[1].startsWith('0')) return undefined;
  const rest = window.slice(match[0].length).replace(/^[\s—–-]+/, '');
  const first = rest.charAt(0);
  if (rest !== '' && first === first.toLowerCase() && !'("“‘\''.includes(first)) return undefined;
  return { kind: 'article', num: match[1], rest };
}

/**
 * Recognises the headings of Commonwealth (and English civil-law) texts at the start of a
 * line: `PART I—PRELIMINARY`, `PART II - OFFENCES`, `Division 2`, `CHAPTER ONE: GENERAL`,
 * `Article 3: …`, `Section 4.` (a section when the text numbers sections, a division
 * grouping articles otherwise), numbered sections `2. Interpretation` (only when `sections` is true), and
 * schedules. Returns undefined for any other line.
 *
 * @example parseEnglishHeadings('PART I—PRELIMINARY', { sections: true }) // { kind: 'division', division: 'part', num: 'I', rest: 'PRELIMINARY' }
 */
export function parseEnglishHeadings(
  text: string,
  options: { readonly sections: boolean },
): LineHeading | undefined {
  const heading = headingInWindow(text.slice(0, HEADING_WINDOW), options);
  if (heading === undefined || text.length <= HEADING_WINDOW) return heading;
  // The heading is read from the start of the line only; the rest of a long line (a whole
  // section run on one line) is kept after what the window gave.
  const window = text.slice(0, HEADING_WINDOW);
  const end = heading.rest === '' ? -1 : window.lastIndexOf(heading.rest);
  if (end < 0) return { ...heading, rest: text.slice(HEADING_WINDOW).trim() };
  return { ...heading, rest: `${heading.rest}${text.slice(end + heading.rest.length)}`.trimEnd() };
}

function headingInWindow(
  window: string,
  options: { readonly sections: boolean },
): LineHeading | undefined {
  const schedule = parseSchedule(window);
  if (schedule !== undefined) return schedule;
  const label = /^(part|division|chapter|article|art\.|section|sec\.)(?=[\s\d]|$)/i.exec(window);
  if (label?.[1] !== undefined) {
    const number = readHeadingNumber(window.slice(label[0].length));
    if (number === undefined || !startsLikeHeadingRest(number)) return undefined;
    const word = label[1].toLowerCase();
    const citable = word.startsWith('art') || (word.startsWith('sec') && options.sections);
    if (citable) return { kind: 'article', num: number.num, rest: number.rest };
    if (word.startsWith('sec')) {
      return { kind: 'division', division: 'section', num: number.num, rest: number.rest };
    }
    const division = DIVISION_LABELS.get(word);
    return division === undefined
      ? undefined
      : { kind: 'division', division, num: number.num, rest: number.rest };
  }
  return options.sections ? parseSection(window) : undefined;
}
