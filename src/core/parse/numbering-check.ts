import type { Diagnostic, DiagnosticCode } from '../errors.js';
import { diagnostic } from '../errors.js';
import type { Article } from '../model/provision.js';
import { normalizeNumber } from '../model/numbers.js';

/** Warnings of one kind listed one by one before the rest are summed up. */
const MAX_LISTED = 100;

/** The integer part of a printed number, or undefined: "12" → 12, "5 bis" → 5, "1er" → 1. */
function baseNumber(num: string): number | undefined {
  const match = /^(\d{1,6})/.exec(normalizeNumber(num));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** Collects warnings, listing the first hundred of each code and counting the others. */
function warningList(): {
  readonly add: (entry: Diagnostic) => void;
  readonly done: () => Diagnostic[];
} {
  const listed: Diagnostic[] = [];
  const extra = new Map<DiagnosticCode, number>();
  const counts = new Map<DiagnosticCode, number>();
  return {
    add: (entry) => {
      const count = (counts.get(entry.code) ?? 0) + 1;
      counts.set(entry.code, count);
      if (count <= MAX_LISTED) listed.push(entry);
      else extra.set(entry.code, (extra.get(entry.code) ?? 0) + 1);
    },
    done: () => [
      ...listed,
      ...[...extra].map(([code, count]) => diagnostic(code, `${count} more like this not listed`)),
    ],
  };
}

/**
 * Checks that articles (or sections) follow each other 1, 2, 3…: a number skipped is a
 * `numbering-gap`, a number printed twice a `numbering-duplicate`, a number lower than the one
 * before a `numbering-out-of-order`; each warning names the article and its line. Inserted
 * articles ("5 bis" after "5") are in order. Beyond a hundred warnings of a kind, one more
 * sums up the rest.
 *
 * @example checkNumbering(articles) // [{ code: 'numbering-gap', message: 'Article 14 follows article 12: 13 missing', line: 88, article: '14' }]
 */
export function checkNumbering(articles: readonly Article[], label = 'Article'): Diagnostic[] {
  const warnings = warningList();
  const seen = new Set<string>();
  const lower = label.toLowerCase();
  let previous: { base: number; num: string } | undefined;
  for (const article of articles) {
    const base = baseNumber(article.num);
    if (base === undefined) continue;
    const key = normalizeNumber(article.num);
    const line = article.span?.startLine;
    const place = line === undefined ? { article: article.num } : { line, article: article.num };
    if (seen.has(key)) {
      warnings.add(
        diagnostic('numbering-duplicate', `${label} ${article.num} is printed twice`, place),
      );
    } else if (previous !== undefined && base > previous.base + 1) {
      const missing =
        base === previous.base + 2
          ? String(previous.base + 1)
          : `${previous.base + 1} to ${base - 1}`;
      const message = `${label} ${article.num} follows ${lower} ${previous.num}: ${missing} missing`;
      warnings.add(diagnostic('numbering-gap', message, place));
    } else if (previous !== undefined && base < previous.base) {
      const message = `${label} ${article.num} follows ${lower} ${previous.num}`;
      warnings.add(diagnostic('numbering-out-of-order', message, place));
    }
    seen.add(key);
    previous = { base, num: article.num };
  }
  return warnings.done();
}
