import type { Diagnostic } from '../errors.js';
import { diagnostic } from '../errors.js';
import type { SourceLine } from './source-line.js';

const TOC_HEADER =
  /^(arrangement of sections|arrangement of clauses|table of contents|contents|table des mati[eè]res|sommaire)[.:]?$/i;
/** Lines that end a table of contents: the long title, the law's title, the preamble. */
const TOC_END =
  /^(an act\b|a bill\b|be it enacted|enacted by|whereas|now,? therefore|loi n|loi organique|ordonnance n|décret n|vu |l'assembl|l’assembl|le président de la république|act no)/i;
/** Entries of a table of contents are short; a longer line is running text again. */
const MAX_ENTRY_LENGTH = 100;
/** Running text after this few entries means the heading had no table under it. */
const MAX_HEADINGS_BEFORE_TEXT = 3;

/**
 * Running text rather than an entry: a sentence of nine words or more that ends like one
 * ("1. This Act may be cited as …, 2022.", "2. In this Act, unless the context otherwise
 * requires—"), or a quoted definition. It ends a table that had no entries of its own.
 */
function isRunningText(text: string): boolean {
  if (/[“”«»]|"[^"]+"\s+(means|includes)/u.test(text)) return true;
  const words = text.split(/\s+/).filter((word) => word !== '').length;
  return words >= 9 && /[.;:—–-]$/.test(text.trim());
}

function entryKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Finds tables of contents ("ARRANGEMENT OF SECTIONS", "TABLE DES MATIÈRES", "SOMMAIRE") and
 * drops them, so their entries are not read as a second copy of the sections. A table ends at
 * the first long line, at the long title or preamble, or where its first entry is printed
 * again as a real heading. One `toc-skipped` diagnostic per table, with its first line.
 */
export function skipTableOfContents(lines: readonly SourceLine[]): {
  readonly lines: SourceLine[];
  readonly diagnostics: Diagnostic[];
} {
  const kept: SourceLine[] = [];
  const diagnostics: Diagnostic[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    index++;
    if (line === undefined) continue;
    if (!TOC_HEADER.test(line.text)) {
      kept.push(line);
      continue;
    }
    let firstEntry = '';
    let entries = 0;
    const start = index;
    while (index < lines.length) {
      const entry = lines[index];
      if (entry === undefined) break;
      const key = entryKey(entry.text);
      if (entry.text.length > MAX_ENTRY_LENGTH || TOC_END.test(entry.text)) break;
      if (isRunningText(entry.text)) {
        // A "table" of a few headings followed by the text itself was no table: the
        // heading stood alone, and what followed is the law.
        if (entries <= MAX_HEADINGS_BEFORE_TEXT) {
          index = start;
          entries = 0;
        }
        break;
      }
      if (key !== '' && key === firstEntry) break;
      if (firstEntry === '' && key !== '') firstEntry = key;
      if (key !== '') entries++;
      index++;
    }
    diagnostics.push(
      diagnostic('toc-skipped', `Table of contents "${line.text}" skipped (${entries} entries)`, {
        line: line.line,
      }),
    );
  }
  return { lines: kept, diagnostics };
}
