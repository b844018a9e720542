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

const ENDS_WITH_BREAK = /\p{L}-$/u;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Joins words split across a line break by a hyphen (`per-` / `sonnes` → `personnes`) when
 * the continuation starts in lower case. The hyphen is kept when the text prints the same
 * hyphenated word elsewhere on one line (`dix-` / `huit` → `dix-huit`). One
 * `hyphenation-joined` diagnostic sums up the repairs.
 */
export function joinHyphenation(lines: readonly SourceLine[]): {
  readonly lines: SourceLine[];
  readonly diagnostics: Diagnostic[];
} {
  const known = hyphenatedWords(lines);
  const output: SourceLine[] = [];
  let joined = 0;
  let firstLine = 0;
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index];
    if (line === undefined) continue;
    let next = index + 1;
    while (ENDS_WITH_BREAK.test(line.text)) {
      while (lines[next]?.text === '') next++;
      const following = lines[next];
      if (following === undefined || !STARTS_LOWER.test(following.text)) break;
      const space = following.text.indexOf(' ');
      const head = space < 0 ? following.text : following.text.slice(0, space);
      const tail = space < 0 ? '' : following.text.slice(space + 1);
      const stem = line.text.slice(0, -1);
      const lastWord = stem.slice(stem.lastIndexOf(' ') + 1).toLowerCase();
      const headWord = head.replace(/[^\p{L}-]+$/u, '').toLowerCase();
      const keepHyphen = known.has(`${lastWord}-${headWord}`);
      line = sourceLine({ ...line, text: `${stem}${keepHyphen ? '-' : ''}${head}` });
      joined++;
      if (firstLine === 0) firstLine = line.line;
      if (tail !== '') {
        output.push(line);
        line = sourceLine({ ...following, text: tail });
        index = next;
        next = index + 1;
      } else {
        index = next;
        next = index + 1;
      }
    }
    output.push(line);
  }
  const diagnostics =
    joined === 0
      ? []
      : [
          diagnostic(
            'hyphenation-joined',
            `${joined} word(s) split by a hyphen at a line end joined`,
            {
              line: firstLine,
            },
          ),
        ];
  return { lines: output, diagnostics };
}
