import { articleBodyLines } from './article-body.js';
import type { ComparableArticle, DraftDocument, DraftNode } from './draft-document.js';
import { draftLanguage, numberDraft } from './draft-numbering.js';
import { isDivisionKind } from './draft-tree.js';

/**
 * The draft's articles as the comparative table takes them: number and label of today, the
 * labels and headings of the divisions above ("Titre II : Des peines"), the whole wording one
 * line per paragraph or item with references read as numbers.
 *
 * @example draftComparableArticles(draft)[0] // { key: 'n3', num: '1er', label: 'Article 1er', path: ['Titre I : Dispositions générales'], … }
 */
export function draftComparableArticles(doc: DraftDocument): ComparableArticle[] {
  const numbers = numberDraft(doc);
  const separator = draftLanguage(doc) === 'fr' ? ' : ' : ': ';
  const articles: ComparableArticle[] = [];
  const visit = (nodes: readonly DraftNode[], path: readonly string[]): void => {
    for (const node of nodes) {
      const label = numbers.get(node.key)?.label ?? '';
      if (node.kind === 'article') {
        articles.push({
          key: node.key,
          origin: node.origin,
          num: numbers.get(node.key)?.num ?? '',
          label,
          heading: node.heading,
          path,
          // Dash items print no "-", as in a law once parsed, so an untouched copy compares unchanged.
          text: articleBodyLines(node, numbers, { indent: false, dashes: false }).join('\n'),
          placeholder: node.placeholder,
          note: node.note,
        });
      } else if (isDivisionKind(node.kind)) {
        const own = node.heading === '' ? label : `${label}${separator}${node.heading}`;
        visit(node.children, [...path, own]);
      }
    }
  };
  visit(doc.body, []);
  return articles;
}
