import { Parser } from 'htmlparser2';
import type { ImportedLaw, ImportOptions } from './import-result.js';
import { importExtractedText } from './text.js';
import { decodeText } from './text-encoding.js';

/** Elements whose end starts a new line of text. */
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'table',
  'section',
  'article',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'main',
  'body',
  'hr',
  'caption',
]);
/** Elements whose content is page furniture or code, never the law. */
const SKIPPED = new Set([
  'script',
  'style',
  'nav',
  'header',
  'footer',
  'noscript',
  'template',
  'head',
  'aside',
  'form',
  'button',
  'svg',
]);
const CELLS = new Set(['td', 'th']);

/**
 * The visible text of an HTML page, one block a line: scripts, styles, navigation, headers
 * and footers dropped, entities decoded, table rows read cell by cell.
 */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  let skipping = 0;
  const breakLine = (): void => {
    const flat = line.replace(/\s+/g, ' ').trim();
    if (flat !== '') lines.push(flat);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++;
        else if (BLOCKS.has(name)) breakLine();
      },
      ontext(text) {
        if (skipping === 0) line += text;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCKS.has(name)) breakLine();
        else if (CELLS.has(name) && skipping === 0) line += ' ';
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  breakLine();
  return lines.join('\n');
}

/** Imports a law published as a web page. */
export function importHtml(bytes: Uint8Array, options: ImportOptions): ImportedLaw {
  const decoded = decodeText(bytes, options.fileName);
  return importExtractedText(htmlToText(decoded.text), options, {
    format: 'html',
    diagnostics: decoded.diagnostics,
  });
}
