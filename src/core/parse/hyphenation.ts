import type { Diagnostic } from '../errors.js';
import { diagnostic } from '../errors.js';
import type { SourceLine } from './source-line.js';
import { sourceLine } from './source-line.js';

/** Every hyphenated word the text itself prints on one line ("dix-huit", "co-auteurs"), lower case. */
function hyphenatedWords(lines: readonly SourceLine[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    if (!line.text.includes('-')) continue;
    for (const word of line.text.toLowerCase().split(/[^\p{L}-]+/u)) {
      if (word.length > 2 && word.includes('-') && !word.endsWith('-')) words.add(word);
    }
  }
  return words;
}

const STARTS_LOWER = /^\p{Ll}/u;
const LETTER = /\p{L}/u;

/** Longest word compared with the hyphenated words of the text. */
const MAX_WORD = 60;

/** The word without the punctuation after it: "sonnes," → "sonnes". */
function wordPart(token: string): string {
  let end = token.length;
  while (end > 0 && !LETTER.test(token.charAt(end - 1))) end--;
  return token.slice(0, end);
}

/** True when a line ends with a letter and a hyphen: a word broken at the line end. */
function endsWithBreak(text: string): boolean {
  return text.endsWith('-') && LETTER.test(text.charAt(text.length - 2));
}

/** The next line with words after `index`, skipping blank lines. */
function nextWithWords(lines: readonly SourceLine[], index: number): number {
  let next = index + 1;
  while (lines[next]?.text === '') next++;
  return next;
}

/**
 * Joins words split across a line break by a hyphen (`per-` / `sonnes` → `personnes`) when
 * the continuation starts in lower case. The hyphen is kept when the text prints the same
 * hyphenated word elsewhere on one line (`dix-` / `huit` → `dix-huit`). One
 * `hyphenation-joined` diagnostic sums up the repairs. Linear: each line is read once and each
 * joined line is built once from its pieces.
 */
export function joinHyphenation(lines: readonly SourceLine[]): {
  readonly lines: SourceLine[];
  readonly diagnostics: Diagnostic[];
} {
  const known = hyphenatedWords(lines);
  const output: SourceLine[] = [];
  let joined = 0;
  let firstLine = 0;
  let index = 0;
  let carry: SourceLine | undefined;
  while (carry !== undefined || index < lines.length) {
    const line = carry ?? lines[index++];
    carry = undefined;
    if (line === undefined) continue;
    if (!endsWithBreak(line.text)) {
      output.push(line);
      continue;
    }
    const parts: string[] = [];
    let piece = line.text;
    for (;;) {
      const next = nextWithWords(lines, index - 1);
      const following = lines[next];
      if (!endsWithBreak(piece) || following === undefined || !STARTS_LOWER.test(following.text)) {
        parts.push(piece);
        break;
      }
      const space = following.text.indexOf(' ');
      const head = space < 0 ? following.text : following.text.slice(0, space);
      const stem = piece.slice(0, -1);
      const lastWord = stem.slice(stem.lastIndexOf(' ') + 1).toLowerCase();
      const headWord = wordPart(head.slice(0, MAX_WORD)).toLowerCase();
      parts.push(known.has(`${lastWord}-${headWord}`) ? `${stem}-` : stem);
      joined++;
      if (firstLine === 0) firstLine = line.line;
      index = next + 1;
      if (space >= 0) {
        parts.push(head);
        carry = sourceLine({ ...following, text: following.text.slice(space + 1) });
        break;
      }
      piece = head;
    }
    output.push(sourceLine({ ...line, text: parts.join('') }));
  }
  const diagnostics =
    joined === 0
      ? []
      : [
          diagnostic(
            'hyphenation-joined',
            `${joined} word(s) split by a hyphen at a line end joined`,
            { line: firstLine },
          ),
        ];
  return { lines: output, diagnostics };
}
