import type { Diagnostic } from '../errors.js';
import { diagnostic } from '../errors.js';
import { numberToRoman, romanToNumber } from '../model/numbers.js';
import { sourceLine, type SourceLine } from './source-line.js';

/**
 * OCR drops a stroke of a Roman numeral ("TITRE III" read "TITRE II"): the division then
 * repeats the number of the one before it. A division heading that repeats the number of the
 * previous heading of the same level, with no higher division in between, takes the next
 * number, with an `ocr-heading-repaired` diagnostic.
 */
type Level = 'livre' | 'book' | 'partie' | 'part' | 'titre' | 'title' | 'chapitre' | 'chapter';
const RANK: Readonly<Record<Level, number>> = {
  livre: 0,
  book: 0,
  partie: 1,
  part: 1,
  titre: 2,
  title: 2,
  chapitre: 3,
  chapter: 3,
};
const HEADING =
  /^(livre|book|partie|part|titre|title|chapitre|chapter)\s+([ivxlc]+|\d+)(?=[\s:.\-–—]|$)/i;

export function repairRepeatedDivisions(lines: readonly SourceLine[]): {
  readonly lines: SourceLine[];
  readonly diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const last = new Map<number, number>();
  const repaired = lines.map((line) => {
    const match = HEADING.exec(line.text);
    const label = match?.[1]?.toLowerCase() as Level | undefined;
    const written = match?.[2];
    if (match === null || label === undefined || written === undefined) return line;
    const rank = RANK[label];
    const roman = /^[ivxlc]+$/i.test(written);
    const value = roman ? romanToNumber(written) : Number(written);
    if (value === undefined) return line;
    for (const [level] of last) if (level > rank) last.delete(level);
    const previous = last.get(rank);
    const number = previous === value ? value + 1 : value;
    last.set(rank, number);
    if (number === value) return line;
    const now = roman ? numberToRoman(number) : String(number);
    const text = `${line.text.slice(0, match.index + (match[1] ?? '').length)} ${now}${line.text.slice(match[0].length)}`;
    diagnostics.push(
      diagnostic(
        'ocr-heading-repaired',
        `Heading "${match[0]}" read as "${match[1] ?? ''} ${now}" (it repeated the number before it)`,
        {
          line: line.line,
        },
      ),
    );
    return sourceLine({ ...line, text });
  });
  return { lines: repaired, diagnostics };
}
