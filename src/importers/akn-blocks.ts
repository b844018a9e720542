import type { XmlElement } from './xml/xml-element.js';
import { collapseSpace, textOf } from './xml/xml-element.js';

/** Notes and markers inside a paragraph that are not words of the law. */
export const NOT_TEXT: ReadonlySet<string> = new Set(['authorialNote', 'noteRef', 'eol', 'eop']);

/** Akoma Ntoso blocks that hold other blocks rather than words. */
const BLOCK_CONTAINERS: ReadonlySet<string> = new Set([
  'blockList',
  'blockContainer',
  'container',
  'item',
  'listIntroduction',
  'listWrapUp',
  'intro',
  'content',
  'wrapUp',
  'longTitle',
  'formula',
  'recitals',
  'recital',
  'citations',
  'citation',
  'tblock',
  'ul',
  'ol',
  'li',
  'table',
  'tr',
]);

/**
 * The paragraphs of a block element, one string per `p` (or other leaf block), white space
 * collapsed, empty ones dropped. Containers (lists, formulas, recitals, tables) are read
 * through to their leaves, so their words are never lost.
 */
export function blockParagraphs(element: XmlElement): string[] {
  const lines: string[] = [];
  const visit = (block: XmlElement): void => {
    const hasBlocks = block.children.some(
      (child) =>
        typeof child !== 'string' && (child.name === 'p' || BLOCK_CONTAINERS.has(child.name)),
    );
    if (!hasBlocks) {
      const line = collapseSpace(textOf(block, NOT_TEXT));
      if (line !== '') lines.push(line);
      return;
    }
    for (const child of block.children) {
      if (typeof child === 'string') {
        const loose = collapseSpace(child);
        if (loose !== '') lines.push(loose);
      } else if (!NOT_TEXT.has(child.name)) {
        visit(child);
      }
    }
  };
  visit(element);
  return lines;
}
