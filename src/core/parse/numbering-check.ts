import type { Diagnostic } from '../errors.js';
import { diagnostic } from '../errors.js';
import type { Article } from '../model/provision.js';
import { normalizeNumber } from '../model/numbers.js';

/** The integer part of a printed number, or undefined: "12" → 12, "5 bis" → 5, "1er" → 1. */
function baseNumber(num: string): number | undefined {
  const match = /^(\d{1,6})/.exec(normalizeNumber(num));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * Checks that articles (or sections) follow each other 1, 2, 3…: a number skipped is a
 * `numbering-gap`, a number printed twice a `numbering-duplicate`, a number lower than the one
 * before a `numbering-out-of-order`; each warning names the article and its line. Inserted
 * articles ("5 bis" after "5") are in order.
 *
 * @example checkNumbering(articles) // [{ code: 'numbering-gap', message: 'Article 14 follows article 12: 13 is missing', line: 88, article: '14' }]
 */
export function checkNumbering(articles: readonly Article[], label = 'Article'): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  let previous: { base: number; num: string } | undefined;
  for (const article of articles) {
    const base = baseNumber(article.num);
    const key = normalizeNumber(article.num);
    const where = { line: article.span?.startLine, article: article.num };
    const place =
      where.line === undefined
        ? { article: article.num }
        : { line: where.line, article: article.num };
    if (base === undefined) continue;
    if (seen.has(key)) {
      diagnostics.push(
        diagnostic('numbering-duplicate', `${label} ${article.num} is printed twice`, place),
      );
    } else if (previous !== undefined && base > previous.base + 1) {
      const missing =
        base === previous.base + 2
          ? String(previous.base + 1)
          : `${previous.base + 1} to ${base - 1}`;
      diagnostics.push(
        diagnostic(
          'numbering-gap',
          `${label} ${article.num} follows ${label.toLowerCase()} ${previous.num}: ${missing} missing`,
          place,
        ),
      );
    } else if (previous !== undefined && base < previous.base) {
      diagnostics.push(
        diagnostic(
          'numbering-out-of-order',
          `${label} ${article.num} follows ${label.toLowerCase()} ${previous.num}`,
          place,
        ),
      );
    }
    seen.add(key);
    previous = { base, num: article.num };
  }
  return diagnostics;
}
