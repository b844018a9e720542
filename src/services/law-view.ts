import type { ArticleCoverage, ImportWarning, LawArticle } from '../contract/laws.js';
import type { Diagnostic } from '../core/errors.js';
import type { Article, Division, LegalDocument } from '../core/model/index.js';
import { provisionLabel, provisionText } from '../core/model/index.js';

/** The wording of an article without its number: own text, then paragraphs and items. */
function articleWording(article: Article): string {
  return [article.text, ...article.children.map(provisionText), article.wrapUp]
    .filter((part) => part !== '')
    .join('\n');
}

function divisionTitle(division: Division, document: LegalDocument): string {
  const label = `${provisionLabel(division, document)} ${division.num}`.trim();
  return division.heading === '' ? label : `${label} : ${division.heading}`;
}

/**
 * The articles of a law in order, each with the divisions above it and the obligations it is
 * linked to (`coverage` by eId), for the law view.
 */
export function lawArticles(
  document: LegalDocument,
  coverage: ReadonlyMap<string, readonly ArticleCoverage[]>,
): LawArticle[] {
  const articles: LawArticle[] = [];
  const visit = (nodes: readonly (Division | Article)[], path: readonly string[]): void => {
    for (const node of nodes) {
      if (node.kind !== 'article') {
        visit(node.children, [...path, divisionTitle(node, document)]);
        continue;
      }
      articles.push({
        eId: node.eId,
        num: node.num,
        label: `${provisionLabel(node, document)} ${node.num}`,
        heading: node.heading,
        text: articleWording(node),
        path: [...path],
        coverage: [...(coverage.get(node.eId) ?? [])],
      });
    }
  };
  visit(document.body, []);
  return articles;
}

export function importWarnings(diagnostics: readonly Diagnostic[]): ImportWarning[] {
  return diagnostics.map((diagnostic) => ({
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    ...(diagnostic.line === undefined ? {} : { line: diagnostic.line }),
    ...(diagnostic.article === undefined ? {} : { article: diagnostic.article }),
  }));
}
