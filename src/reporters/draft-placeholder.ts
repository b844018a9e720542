import { PLACEHOLDER_MARKER } from '../core/drafting/index.js';
import type { Article, Subdivision } from '../core/model/provision.js';

/** The first words of an article's text, through its subdivisions. */
function firstText(node: Article | Subdivision): string {
  if (node.text.trim() !== '') return node.text.trim();
  for (const child of node.children) {
    const text = firstText(child);
    if (text !== '') return text;
  }
  return '';
}

/**
 * True when the article is a placeholder of a draft, still to be written: its text opens
 * with the marker a draft's placeholders carry once converted to a law ("[À rédiger]",
 * "[To be drafted]"), in either language. Exports show it for what it is.
 *
 * @example isPlaceholderArticle(Article.create({ text: '[À rédiger] Protection des victimes.' })) // true
 */
export function isPlaceholderArticle(article: Article): boolean {
  const text = firstText(article);
  return Object.values(PLACEHOLDER_MARKER).some((marker) => text.startsWith(marker));
}
