import type { WorkMeta } from '../model/legal-document.js';
import { foldAccents } from '../model/numbers.js';
import { readCountry } from './country-names.js';

const MONTHS: ReadonlyMap<string, string> = new Map(
  [
    ['janvier', 'january'],
    ['fevrier', 'february'],
    ['mars', 'march'],
    ['avril', 'april'],
    ['mai', 'may'],
    ['juin', 'june'],
    ['juillet', 'july'],
    ['aout', 'august'],
    ['septembre', 'september'],
    ['octobre', 'october'],
    ['novembre', 'november'],
    ['decembre', 'december'],
  ].flatMap(([french = '', english = ''], index) => {
    const month = String(index + 1).padStart(2, '0');
    return [
      [french, month],
      [english, month],
    ];
  }),
);

const FRENCH_NUMBER = /\bn\s*[°ºo.]\s*(\d{1,4}(?:[-/.]\d{1,5}){1,2}(?:\/[a-z]{1,10})?)/i;
const ENGLISH_ACT_NUMBER = /\b(?:act|law)\s+no[.,]?\s*(\d{1,4}|[ivxlc]{1,9})\s+of\s+(\d{4})\b/i;
const NUMBER_OF_YEAR = /\bno\.?\s*(\d{1,4})\s+of\s+(\d{4})\b/i;
const DATE_IN_WORDS =
  /\b(\d{1,2})(?:er|st|nd|rd|th)?\s+(?:day\s+of\s+)?(\p{L}{3,9}),?\s+(\d{4})\b/u;

/** "12 juillet 2012" or "12th July, 2012" → "2012-07-12"; '' when the text has no such date. */
export function readDate(text: string): string {
  const match = DATE_IN_WORDS.exec(text);
  if (match?.[1] === undefined || match[2] === undefined || match[3] === undefined) return '';
  const month = MONTHS.get(foldAccents(match[2]));
  return month === undefined ? '' : `${match[3]}-${month}-${match[1].padStart(2, '0')}`;
}

/**
 * Reads what a law's title says about the work: "Loi n°2012-023 du 12 juillet 2012 relative
 * à…" gives number 2012-023, year 2012, date 2012-07-12; "Act No. 11 of 2008" and
 * "ACT NO, XXXIV OF 2018" give number and year; "RÉPUBLIQUE DU MALI" gives the country.
 * Unknown fields are left out.
 */
export function readWorkMeta(title: string, frontText: string): Partial<WorkMeta> {
  const meta: { -readonly [K in keyof WorkMeta]?: WorkMeta[K] } = {};
  if (title !== '') meta.title = title;
  const source = `${title}\n${frontText.slice(0, 20_000)}`;
  const french = FRENCH_NUMBER.exec(title);
  const english = ENGLISH_ACT_NUMBER.exec(source) ?? NUMBER_OF_YEAR.exec(source);
  if (french?.[1] !== undefined) {
    meta.number = french[1];
    const year = /(19|20)\d\d/.exec(french[1]);
    if (year !== null) meta.year = year[0];
  } else if (english?.[1] !== undefined && english[2] !== undefined) {
    meta.number = english[1];
    meta.year = english[2];
  }
  const bracketed = /^\[[^\]\n]{4,60}\]$/m.exec(frontText.slice(0, 20_000));
  const date = readDate(title) || (bracketed === null ? '' : readDate(bracketed[0]));
  if (date !== '') {
    meta.date = date;
    meta.year ??= date.slice(0, 4);
  }
  const country = readCountry(`${frontText}\n${title}`);
  if (country !== '') meta.country = country;
  return meta;
}
