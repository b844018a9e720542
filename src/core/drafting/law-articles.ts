import type { Article, Division, LegalDocument, Provision } from '../model/index.js';
import { provisionLabel } from '../model/index.js';
import type { ComparableArticle } from './draft-document.js';

/**
 * The articles (or Commonwealth sections) of a law in force, reduced to what the comparative
 * table needs, in the law's order. `key` is the article's eId (the identity a draft copied
 * from this law keeps as `origin`); annexes are left out, as in `listArticles`.
 */
export function lawComparableArticles(law: LegalDocument): ComparableArticle[] {
  const articles: ComparableArticle[] = [];
  const visit = (nodes: readonly (Division | Article)[], path: readonly string[]): void => {
    for (const node of nodes) {
      if (node.kind === 'article') {
        articles.push({
          key: node.eId,
          origin: '',
          num: node.num,
          label: joinLabel(provisionLabel(node, law), node.num),
          heading: node.heading,
          path,
          text: articleWording(node),
          placeholder: false,
          note: '',
        });
      } else {
        visit(node.children, [...path, divisionTitle(node, law)]);
      }
    }
  };
  visit(law.body, []);
  return articles;
}

function joinLabel(label: string, num: string): string {
  return [label, num].filter((part) => part !== '').join(' ');
}

/**
 * "Titre II : Des peines", "Part II: Offences", the label alone when the division has no
 * heading, the heading alone when it has no number.
 */
export function divisionTitle(division: Division, law: LegalDocument): string {
  const label = division.num === '' ? '' : joinLabel(provisionLabel(division, law), division.num);
  if (division.heading === '') return label;
  if (label === '') return division.heading;
  return `${label}${law.meta.language === 'fr' ? ' : ' : ': '}${division.heading}`;
}

/**
 * The whole wording of an article as printed below its heading: its own words, then each
 * paragraph and item on a line of its own with its marker ("a) …", "(1) …"), then its
 * closing words. The article's own number is left out (it is in the label).
 */
export function articleWording(article: Article): string {
  const lines: string[] = [];
  if (article.text !== '') lines.push(article.text);
  const visit = (node: Provision): void => {
    const own = [node.num, node.text].filter((part) => part !== '').join(' ');
    if (own !== '') lines.push(own);
    for (const child of node.children) visit(child);
    if (node.wrapUp !== '') lines.push(node.wrapUp);
  };
  for (const child of article.children) visit(child);
  if (article.wrapUp !== '') lines.push(article.wrapUp);
  return lines.join('\n');
}
