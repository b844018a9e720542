/**
 * The small element tree the XML importers read: elements with their namespace, attributes
 * and children, text as plain strings between them. Comments and processing instructions
 * are not kept; CDATA becomes text.
 */
export interface XmlElement {
  /** Local name, without prefix: `act` for `<an:act>`. */
  readonly name: string;
  /** Prefix as written (`an`), '' when none. */
  readonly prefix: string;
  /** Namespace URI, '' when none. */
  readonly namespace: string;
  /** Attributes by qualified name as written: `eId`, `xml:lang`, `lims:pit-date`. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** 1-based line of the start tag, for messages. */
  readonly line: number;
}

/** A child of an element: another element or a run of text. */
export type XmlNode = XmlElement | string;

/** The element children of an element, text left out. */
export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string');
}

/** The first child element with this local name, or undefined. */
export function childElement(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of element.children) {
    if (typeof child !== 'string' && child.name === name) return child;
  }
  return undefined;
}

/**
 * An attribute by qualified name (`xml:lang`) or, failing that, by local name whatever its
 * prefix (`pit-date` finds `lims:pit-date`); '' when absent.
 */
export function attributeValue(element: XmlElement, name: string): string {
  const exact = element.attributes[name];
  if (exact !== undefined) return exact;
  for (const [qualified, value] of Object.entries(element.attributes)) {
    if (qualified.endsWith(`:${name}`)) return value;
  }
  return '';
}

/**
 * All the text inside an element, in document order, leaving out the elements whose local
 * name is in `skip` (footnote markers, editorial notes). Iterative: deep trees cannot
 * overflow the stack, and the parts are joined once.
 */
export function textOf(element: XmlElement, skip: ReadonlySet<string> = new Set()): string {
  const parts: string[] = [];
  const stack: XmlNode[] = [element];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node === 'string') {
      parts.push(node);
    } else if (node === element || !skip.has(node.name)) {
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        if (child !== undefined) stack.push(child);
      }
    }
  }
  return parts.join('');
}

/** White space that collapsing would change: doubled, other than a plain space, or at an end. */
const IRREGULAR_SPACE = /\s\s|[^\S ]|^\s|\s$/;

/**
 * Text with runs of white space made single spaces and the ends trimmed. Most runs of text
 * in a law are already clean: testing first spares rewriting them (a large act has thousands).
 */
export function collapseSpace(text: string): string {
  return IRREGULAR_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}
