/** Characters XML 1.0 cannot carry at all, even escaped: C0 controls but tab and newlines, lone surrogates, U+FFFE/FFFF. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point here.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/**
 * Text made safe for XML content and double-quoted attributes: markup characters escaped,
 * and characters that XML 1.0 forbids outright dropped, so any string from an imported law
 * gives well-formed output.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"]/g, (character) => ENTITY[character] ?? '');
}

/** Attributes to write, in order; undefined or '' values are left out. */
export type XmlAttributes = Readonly<Record<string, string | undefined>>;

function attributeText(attributes: XmlAttributes): string {
  let text = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== '') text += ` ${name}="${escapeXml(value)}"`;
  }
  return text;
}

/**
 * Writes indented XML into a list of lines joined once at the end (no quadratic string
 * building). Indentation goes only between elements, never inside text.
 */
export class XmlWriter {
  private readonly lines: string[] = [];
  private depth = 0;

  /** Opens an element that will hold other elements. */
  open(name: string, attributes: XmlAttributes = {}): this {
    this.lines.push(`${this.indent()}<${name}${attributeText(attributes)}>`);
    this.depth += 1;
    return this;
  }

  /** Closes the element opened last, by name. */
  close(name: string): this {
    this.depth -= 1;
    this.lines.push(`${this.indent()}</${name}>`);
    return this;
  }

  /** An element holding only text; empty text gives a self-closed element. */
  leaf(name: string, text: string, attributes: XmlAttributes = {}): this {
    const start = `${this.indent()}<${name}${attributeText(attributes)}`;
    this.lines.push(text === '' ? `${start}/>` : `${start}>${escapeXml(text)}</${name}>`);
    return this;
  }

  /** An element with attributes only. */
  empty(name: string, attributes: XmlAttributes): this {
    return this.leaf(name, '', attributes);
  }

  /** An element wrapping one inline element: `<p><docNumber>12</docNumber></p>`. */
  wrapped(
    outer: string,
    inner: { readonly name: string; readonly text: string; readonly attributes?: XmlAttributes },
  ): this {
    const content = `<${inner.name}${attributeText(inner.attributes ?? {})}>${escapeXml(inner.text)}</${inner.name}>`;
    this.lines.push(`${this.indent()}<${outer}>${content}</${outer}>`);
    return this;
  }

  /** The document, with an XML declaration. */
  toString(): string {
    return `<?xml version="1.0" encoding="UTF-8"?>\n${this.lines.join('\n')}\n`;
  }

  private indent(): string {
    return '  '.repeat(this.depth);
  }
}
