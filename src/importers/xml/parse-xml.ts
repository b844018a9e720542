import { SaxesParser } from 'saxes';
import type { SaxesTagNS } from 'saxes';
import { ImportError } from '../import-result.js';
import { decodeXml } from './decode-xml.js';
import type { XmlElement, XmlNode } from './xml-element.js';

/** Bounds that keep hostile XML from exhausting the stack or the memory. */
export interface XmlLimits {
  /** Deepest element nesting accepted. */
  readonly maxDepth: number;
  /** Most elements and text runs accepted in one document. */
  readonly maxNodes: number;
}

/** Real laws nest about 15 deep and hold tens of thousands of nodes; these bounds leave room. */
export const DEFAULT_XML_LIMITS: XmlLimits = Object.freeze({ maxDepth: 200, maxNodes: 2_000_000 });

interface OpenElement {
  readonly element: XmlElement;
  readonly children: XmlNode[];
}

function openElement(tag: SaxesTagNS, line: number): OpenElement {
  // No prototype: an attribute named "__proto__" is kept as data like any other.
  const attributes = Object.create(null) as Record<string, string>;
  for (const attribute of Object.values(tag.attributes))
    attributes[attribute.name] = attribute.value;
  const children: XmlNode[] = [];
  const element: XmlElement = {
    name: tag.local,
    prefix: tag.prefix,
    namespace: tag.uri,
    attributes,
    children,
    line,
  };
  return { element, children };
}

/**
 * Parses XML bytes into a small element tree, safely: nothing is ever fetched, a DOCTYPE
 * that declares entities is refused (billion laughs, XXE) while a plain `<!DOCTYPE x>` is
 * tolerated, and nesting and size are bounded. The byte order mark and the declared
 * encoding are honoured. A file that is not well-formed XML throws ImportError
 * 'xml-malformed' with the line and column; an unsafe one throws 'xml-unsafe'.
 *
 * @example parseXml(new TextEncoder().encode('<act><body/></act>'), 'law.xml').name // 'act'
 */
export function parseXml(
  bytes: Uint8Array,
  fileName: string,
  limits: XmlLimits = DEFAULT_XML_LIMITS,
): XmlElement {
  const text = decodeXml(bytes, fileName);
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: OpenElement[] = [];
  let root: XmlElement | undefined;
  let nodes = 0;
  const count = (): void => {
    nodes += 1;
    if (nodes > limits.maxNodes) {
      throw new ImportError(
        'xml-unsafe',
        fileName,
        `XML has more than ${limits.maxNodes} nodes; refused to bound memory use`,
      );
    }
  };
  const addText = (value: string): void => {
    const top = stack[stack.length - 1];
    if (top === undefined || value === '') return;
    count();
    top.children.push(value);
  };
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      throw new ImportError(
        'xml-unsafe',
        fileName,
        'XML declares entities in its DOCTYPE; refused for safety',
      );
    }
  });
  parser.on('opentag', (tag) => {
    count();
    if (stack.length >= limits.maxDepth) {
      throw new ImportError(
        'xml-unsafe',
        fileName,
        `XML nests elements deeper than ${limits.maxDepth} levels (line ${parser.line}); refused`,
      );
    }
    const open = openElement(tag, parser.line);
    stack[stack.length - 1]?.children.push(open.element);
    stack.push(open);
  });
  parser.on('closetag', () => {
    const closed = stack.pop();
    if (stack.length === 0) root = closed?.element;
  });
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const reason = error instanceof Error ? error.message.replace(/^\d+:\d+: /, '') : String(error);
    throw new ImportError(
      'xml-malformed',
      fileName,
      `malformed XML at line ${parser.line}, column ${parser.column}: ${reason}`,
    );
  }
  if (root === undefined)
    throw new ImportError('xml-malformed', fileName, 'XML has no root element');
  return root;
}
