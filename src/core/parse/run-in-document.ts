import type { Diagnostic } from '../errors.js';
import { diagnostic } from '../errors.js';
import type { Article } from '../model/provision.js';
import { Article as ArticleNode } from '../model/provision.js';
import { findRunInArticles } from './run-in-articles.js';

/** Fewest articles in a run before run-together text is trusted to be a law. */
const MIN_RUN = 3;

/** Line number (1-based) of each offset, for offsets given in increasing order. */
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let position = 0;
  return (offset) => {
    for (; position < offset && position < text.length; position++) {
      if (text.charCodeAt(position) === 10) line++;
    }
    return line;
  };
}

/**
 * Recovers the articles of a law whose text came out of PDF extraction as a few very long
 * lines with the "Article" labels dropped (see findRunInArticles). Each article keeps all the
 * words up to the next one; the table of contents before the body is reported as skipped.
 * Returns undefined when no run of at least three articles is found.
 */
export function recoverRunInArticles(
  text: string,
):
  | { readonly articles: Article[]; readonly front: string; readonly diagnostics: Diagnostic[] }
  | undefined {
  const { articles, earlier } = findRunInArticles(text);
  if (articles.length < MIN_RUN) return undefined;
  const lineOf = lineCounter(text);
  const nodes = articles.map((article, index) => {
    const end = articles[index + 1]?.start ?? text.length;
    const startLine = lineOf(article.start);
    return ArticleNode.create({
      num: article.num,
      text: text.slice(article.textStart, end).replace(/\s+/g, ' ').trim(),
      span: { startLine, endLine: lineOf(end), page: 1 },
    });
  });
  const first = nodes[0];
  const diagnostics: Diagnostic[] = [
    diagnostic(
      'garbled-text',
      `Article headings lost: ${nodes.length} articles recovered from run-together text`,
      {
        line: first?.span?.startLine ?? 1,
      },
    ),
  ];
  if (earlier >= Math.ceil(nodes.length / 2)) {
    diagnostics.unshift(
      diagnostic('toc-skipped', `Table of contents listing ${earlier} of the articles skipped`, {
        line: 1,
      }),
    );
  }
  return { articles: nodes, front: text.slice(0, articles[0]?.start ?? 0), diagnostics };
}
