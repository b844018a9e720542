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
    while (index < lines.length) {
      const entry = lines[index];
      if (entry === undefined) break;
      const key = entryKey(entry.text);
      if (entry.text.length > MAX_ENTRY_LENGTH || TOC_END.test(entry.text)) break;
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
