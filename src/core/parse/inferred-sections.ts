import type { LineToken, TokenList } from './line-token.js';
import { sourceLine } from './source-line.js';

/** Phrases that head a definitions list inside a section, not a new section. */
const NOT_A_SECTION = /^(in this (section|act|part)|explanation|provided that|where)\b/i;
const ENACTING = /^(it is hereby enacted|be it enacted|now,? therefore|enacted by)/i;
/** Most words a run-in marginal note ("Abetment and criminal conspiracy (1) …") may have. */
const MAX_NOTE_WORDS = 8;

/** Splits "Abetment and criminal conspiracy (1) Any person…" into note and text, by hand. */
function splitRunInNote(text: string): { note: string; rest: string } | undefined {
  const words = text.slice(0, 200).split(' ');
  for (let index = 2; index <= Math.min(MAX_NOTE_WORDS, words.length - 2); index++) {
    const word = words[index];
    if (word !== '(1)' && word !== '-' && word !== '–' && word !== '—') continue;
    const note = words.slice(0, index);
    const plain = note.every((w) => /^[\p{L}'’,]+$/u.test(w));
    const capital = /^\p{Lu}\p{Ll}/u.test(note[0] ?? '');
    const lowerAfter = note.slice(1).every((w) => !/^\p{Lu}/u.test(w));
    if (!plain || !capital || !lowerAfter) return undefined;
    const restWords = words.slice(word === '(1)' ? index : index + 1);
    return { note: note.join(' '), rest: `${restWords.join(' ')}${text.slice(200)}` };
  }
  return undefined;
}

/**
 * For markdown whose section numbers were lost in OCR (headings without numbers, each followed
 * by its text): after the enacting formula, a `#` heading followed by body text becomes a
 * section numbered by position, and so does a paragraph opening with a run-in marginal note
 * ("Abetment and criminal conspiracy (1) Any person…"). Returns the re-classified lines and
 * how many sections were found, from which line.
 */
export function inferSections(list: TokenList): {
  readonly tokens: LineToken[];
  readonly count: number;
  /** Line of the first section found, for the diagnostic. */
  readonly firstLine: number;
} {
  // Markdown laws are small: read every token once into an array.
  const tokens = Array.from({ length: list.length }, (_, index) => list.at(index)).filter(
    (token): token is LineToken => token !== undefined,
  );
  const enacting = tokens.findIndex((token) => ENACTING.test(token.source.text));
  const output: LineToken[] = [];
  let count = 0;
  let firstLine = 0;
  tokens.forEach((token, index) => {
    if (index <= enacting || token.type === 'blank') {
      output.push(token.type === 'heading' ? { type: 'text', source: token.source } : token);
      return;
    }
    const text = token.source.text.replace(/[:.]$/, '');
    let next = index + 1;
    while (tokens[next]?.type === 'blank') next++;
    const following = tokens[next];
    const followedByText = following !== undefined && following.source.markdownHeading !== true;
    if (token.source.markdownHeading === true && followedByText && !NOT_A_SECTION.test(text)) {
      count++;
      if (firstLine === 0) firstLine = token.source.line;
      output.push({
        type: 'heading',
        heading: { kind: 'article', num: String(count), rest: '', heading: text },
        source: token.source,
      });
      return;
    }
    const runIn = token.source.bullet === true ? undefined : splitRunInNote(token.source.text);
    if (runIn !== undefined) {
      count++;
      if (firstLine === 0) firstLine = token.source.line;
      output.push({
        type: 'heading',
        heading: { kind: 'article', num: String(count), rest: '', heading: runIn.note },
        source: token.source,
      });
      output.push({ type: 'text', source: sourceLine({ ...token.source, text: runIn.rest }) });
      return;
    }
    output.push(token.type === 'heading' ? { type: 'text', source: token.source } : token);
  });
  return { tokens: output, count, firstLine };
}
