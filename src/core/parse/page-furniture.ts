import type { Diagnostic } from '../errors.js';
import { diagnostic } from '../errors.js';
import { parseEnglishHeadings } from './english-headings.js';
import { parseFrenchHeadings } from './french-headings.js';
import type { SourceLine } from './source-line.js';

/** Lines at the top and bottom of each page that may be running headers or footers. */
const EDGE_LINES = 3;
/** Longest line that can be a running header or footer. */
const MAX_FURNITURE = 120;
/** Without page breaks, an all-capitals line printed this often is a running header. */
const REPEATS_WITHOUT_PAGES = 3;

/** True for a line that is only a page number: "12", "- 12 -", "Page 3 of 10", "3/10". */
export function isPageNumber(text: string): boolean {
  if (text.length > 24) return false;
  if (/^[-–—[(\s]*\d{1,4}[-–—\])\s]*$/.test(text)) return true;
  return (
    /^(page|p\.)\s*\d{1,4}(\s*(of|sur|de|\/)\s*\d{1,4})?$/i.test(text) ||
    /^\d{1,4}\s*\/\s*\d{1,4}$/.test(text)
  );
}

/** The letters of a line, upper case: "THE GAZETTE OF PAKISTAN, EXTRA. JUNE 2 2018" → "THEGAZETTEOFPAKISTANEXTRAJUNE". */
function furnitureKey(text: string): string {
  return text.toUpperCase().replace(/[^\p{L}]+/gu, '');
}

function isHeading(text: string): boolean {
  return (
    parseFrenchHeadings(text) !== undefined ||
    parseEnglishHeadings(text, { sections: true }) !== undefined
  );
}

/** Indexes of the first and last non-blank lines of every page. */
function pageEdges(lines: readonly SourceLine[]): Set<number> {
  const edges = new Set<number>();
  const byPage = new Map<number, number[]>();
  lines.forEach((line, index) => {
    if (line.text === '') return;
    const list = byPage.get(line.page) ?? [];
    list.push(index);
    byPage.set(line.page, list);
  });
  for (const indexes of byPage.values()) {
    for (const index of indexes.slice(0, EDGE_LINES)) edges.add(index);
    for (const index of indexes.slice(-EDGE_LINES)) edges.add(index);
  }
  return edges;
}

/**
 * Removes the furniture of printed pages: page numbers, and running headers or footers
 * repeated across pages ("JOURNAL OFFICIEL DE LA REPUBLIQUE DU MALI"), compared by their
 * letters so OCR noise in dates and punctuation does not hide a repeat. With form feeds, a
 * line counts when it sits at the edge of two pages or more; without them, when it is in
 * capitals and printed three times or more. Headings are never removed. One
 * `page-furniture-removed` diagnostic per kind of line removed.
 */
export function removePageFurniture(lines: readonly SourceLine[]): {
  readonly lines: SourceLine[];
  readonly diagnostics: Diagnostic[];
} {
  const pages = (lines[lines.length - 1]?.page ?? 1) > 1;
  const edges = pages ? pageEdges(lines) : undefined;
  const pagesByKey = new Map<string, Set<number>>();
  // Only short lines at a page edge (with form feeds) or in capitals (without) can be furniture.
  const candidate = (line: SourceLine, index: number): boolean =>
    line.text.length >= 8 &&
    line.text.length <= MAX_FURNITURE &&
    (edges !== undefined ? edges.has(index) : !/\p{Ll}/u.test(line.text));
  lines.forEach((line, index) => {
    if (!candidate(line, index) || isHeading(line.text)) return;
    const key = furnitureKey(line.text);
    if (key.length < 8) return;
    const seen = pagesByKey.get(key) ?? new Set<number>();
    seen.add(edges !== undefined ? line.page : index);
    pagesByKey.set(key, seen);
  });
  const threshold = pages ? 2 : REPEATS_WITHOUT_PAGES;
  const furniture = new Set<string>();
  for (const [key, seen] of pagesByKey) if (seen.size >= threshold) furniture.add(key);
  const removed = new Map<string, { count: number; line: number; text: string }>();
  const kept: SourceLine[] = [];
  lines.forEach((line, index) => {
    const pageNumber = (pages ? edges?.has(index) === true : true) && isPageNumber(line.text);
    const key = furniture.size > 0 && candidate(line, index) ? furnitureKey(line.text) : '';
    const header = furniture.has(key) && !isHeading(line.text);
    if (!pageNumber && !header) {
      kept.push(line);
      return;
    }
    const group = pageNumber ? '#page-number' : key;
    const entry = removed.get(group) ?? { count: 0, line: line.line, text: line.text };
    entry.count++;
    removed.set(group, entry);
  });
  const diagnostics = [...removed].map(([group, entry]) =>
    diagnostic(
      'page-furniture-removed',
      group === '#page-number'
        ? `${entry.count} page number line(s) removed`
        : `Running header or footer "${entry.text}" removed ${entry.count} time(s)`,
      { line: entry.line },
    ),
  );
  return { lines: kept, diagnostics };
}
