import type { Diagnostic } from '../errors.js';
import { diagnostic } from '../errors.js';
import type { SourceLine } from './source-line.js';
import { sourceLine } from './source-line.js';

/** Characters OCR reads for the letters of "article": l/I/1 for l, c/e for c, rn for m. */
function foldOcrLetters(word: string): string {
  return word.toLowerCase().replace(/[1|!]/g, 'l').replace(/rn/g, 'm');
}

/** Edit distance bounded by `limit` (returns limit + 1 beyond it); words here are short. */
function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** The digits OCR misreads as letters in a number: "ler" → "1er", "l7" → "17", "I2" → "12". */
function repairNumber(token: string): string {
  if (/^[lI|]er$/.test(token)) return '1er';
  if (/^[lI|O\d]{1,4}$/.test(token) && /[lI|O]/.test(token) && /\d|^[lI|]$/.test(token)) {
    return token.replace(/[lI|]/g, '1').replace(/O/g, '0');
  }
  return token;
}

/** A repaired heading: the whole line, and the label and number as read and as repaired. */
interface Repair {
  readonly text: string;
  readonly was: string;
  readonly now: string;
}

/** A Commonwealth section number misread at the start of a line: "l2. A person…" → "12. A person…". */
function readSectionRepair(text: string): Repair | undefined {
  const match = /^([lI|O\d]{2,4})\.(?=\s+[A-Z(“"])/.exec(text);
  if (match?.[1] === undefined || !/\d/.test(match[1]) || !/[lI|O]/.test(match[1]))
    return undefined;
  const number = repairNumber(match[1]);
  if (!/^\d+$/.test(number)) return undefined;
  return {
    text: `${number}.${text.slice(match[0].length)}`,
    was: `${match[1]}.`,
    now: `${number}.`,
  };
}

function readRepair(text: string): Repair | undefined {
  const section = readSectionRepair(text);
  if (section !== undefined) return section;
  // Most lines are not headings, and most headings are read right: leave both at once.
  const first = text.charAt(0);
  if (first !== 'A' && first !== 'a') return undefined;
  if (/^(Article|ARTICLE) \d{1,4}(er)?(?=[\s:.\-–—]|$)/.test(text)) return undefined;
  const match =
    /^([A-Za-z|1!]{2,4} ?[A-Za-z|1!]{2,6})\s+([0-9lIO|]{1,4}(?:er)?)(?=[\s:.\-–—]|$)/.exec(
      text.slice(0, 40),
    );
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  const label = match[1];
  const folded = foldOcrLetters(label.replace(' ', ''));
  // One wrong letter, or two letters read as one ("rt" → "n" in "Anicle", "cl" → "d").
  const distance = boundedDistance(folded, 'article', 2);
  const labelOk = distance <= 1 || (distance === 2 && folded.length === 6);
  const plural = folded.endsWith('s') && folded.length >= 8;
  if (!labelOk || plural || folded.length < 5 || label.charAt(0).toLowerCase() !== 'a') {
    return undefined;
  }
  const number = repairNumber(match[2]);
  if (!/^\d/.test(number)) return undefined;
  const canonicalLabel = label === label.toUpperCase() ? 'ARTICLE' : 'Article';
  const now = `${canonicalLabel} ${number}`;
  const repaired = `${now}${text.slice(match[0].length)}`;
  return repaired === text ? undefined : { text: repaired, was: match[0], now };
}

/**
 * Repairs an "Article" heading misread by OCR — `Article ler`, `Articie 12`, `ArticIe 31`,
 * `Article l7`, `Art icle 9`, `Anicle 4` — when a number-like token follows the label.
 * Returns the repaired text, or undefined when the line needs no repair.
 *
 * @example repairArticleHeading('Articie 12 : Les juridictions…') // 'Article 12 : Les juridictions…'
 */
export function repairArticleHeading(text: string): string | undefined {
  return readRepair(text)?.text;
}

/**
 * Repairs misread article headings (and Commonwealth section numbers: `l2.` → `12.`) line by line, with an `ocr-heading-repaired` diagnostic
 * for each repaired line giving what was read and what it became.
 */
export function repairOcrHeadings(lines: readonly SourceLine[]): {
  readonly lines: SourceLine[];
  readonly diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const repaired = lines.map((line) => {
    const repair = readRepair(line.text);
    if (repair === undefined) return line;
    diagnostics.push(
      diagnostic('ocr-heading-repaired', `Heading "${repair.was}" read as "${repair.now}"`, {
        line: line.line,
      }),
    );
    return sourceLine({ ...line, text: repair.text });
  });
  return { lines: repaired, diagnostics };
}

const ACCENTED_A = /^[àáâ]\)(?=\s)/;
const LETTER_ITEM = /^([a-zA-Z])\)(?=\s)/;

/**
 * Repairs lettered items misread by OCR: "à) travail forcé" for "a)", and a capital "C)"
 * where "c)" follows "b)". Each repair gets an `ocr-heading-repaired` diagnostic.
 */
export function repairItemLetters(lines: readonly SourceLine[]): {
  readonly lines: SourceLine[];
  readonly diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  let previous = '';
  const repaired = lines.map((line) => {
    let text = line.text;
    if (ACCENTED_A.test(text)) text = `a${text.slice(1)}`;
    const letter = LETTER_ITEM.exec(text)?.[1];
    if (letter === undefined) return line;
    const expected = previous === '' ? '' : String.fromCharCode(previous.charCodeAt(0) + 1);
    if (letter !== letter.toLowerCase() && letter.toLowerCase() === expected)
      text = `${expected}${text.slice(1)}`;
    const now = text.charAt(0);
    previous = now === now.toLowerCase() ? now : '';
    if (text === line.text) return line;
    diagnostics.push(
      diagnostic(
        'ocr-heading-repaired',
        `Item "${line.text.slice(0, 2)}" read as "${text.slice(0, 2)}"`,
        {
          line: line.line,
        },
      ),
    );
    return sourceLine({ ...line, text });
  });
  return { lines: repaired, diagnostics };
}
