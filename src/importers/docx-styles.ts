import { attributeValue, childElement, childElements } from './xml/xml-element.js';
import type { XmlElement } from './xml/xml-element.js';

/** A paragraph's `w:numPr`, or a style's: the list (`w:numId`) and its level (`w:ilvl`). */
export interface NumberingReference {
  /** The `w:num` id; '0' takes a numbering off. Undefined when the properties leave it out. */
  readonly numId: string | undefined;
  readonly ilvl: number | undefined;
}

/** What numbering needs from one style of word/styles.xml. */
export interface WordStyle {
  readonly basedOn: string;
  readonly numbering: NumberingReference | undefined;
}

/** The styles of a Word document, as far as numbering goes. */
export interface WordStyles {
  readonly byId: ReadonlyMap<string, WordStyle>;
  /** The style of paragraphs that name none ("Normal"). */
  readonly defaultParagraphStyle: string;
  /** The document's default language (`w:lang`), '' when not said: it spells ordinals. */
  readonly language: string;
}

/** The most `w:basedOn` links followed: real chains are a handful long, a loop is endless. */
const MAX_BASED_ON = 20;

/** Reads the `w:numPr` of a `w:pPr`, or undefined when it has none. */
export function readNumberingReference(
  properties: XmlElement | undefined,
): NumberingReference | undefined {
  const numPr = properties === undefined ? undefined : childElement(properties, 'numPr');
  if (numPr === undefined) return undefined;
  const numId = childElement(numPr, 'numId');
  const ilvl = childElement(numPr, 'ilvl');
  const level = ilvl === undefined ? NaN : Number.parseInt(attributeValue(ilvl, 'val'), 10);
  return {
    numId: numId === undefined ? undefined : attributeValue(numId, 'val'),
    ilvl: Number.isInteger(level) && level >= 0 && level <= 8 ? level : undefined,
  };
}

/** Reads word/styles.xml; a document without one has no styles. */
export function readWordStyles(root: XmlElement | undefined): WordStyles {
  const byId = new Map<string, WordStyle>();
  let defaultParagraphStyle = '';
  for (const style of root === undefined ? [] : childElements(root)) {
    if (style.name !== 'style') continue;
    const id = attributeValue(style, 'styleId');
    const basedOn = childElement(style, 'basedOn');
    byId.set(id, {
      basedOn: basedOn === undefined ? '' : attributeValue(basedOn, 'val'),
      numbering: readNumberingReference(childElement(style, 'pPr')),
    });
    const isDefault = ['1', 'true', 'on'].includes(attributeValue(style, 'default'));
    if (isDefault && attributeValue(style, 'type') === 'paragraph') defaultParagraphStyle = id;
  }
  return { byId, defaultParagraphStyle, language: defaultLanguage(root) };
}

function defaultLanguage(root: XmlElement | undefined): string {
  const defaults = root === undefined ? undefined : childElement(root, 'docDefaults');
  const run = defaults === undefined ? undefined : childElement(defaults, 'rPrDefault');
  const properties = run === undefined ? undefined : childElement(run, 'rPr');
  const lang = properties === undefined ? undefined : childElement(properties, 'lang');
  return lang === undefined ? '' : attributeValue(lang, 'val');
}

/**
 * The numbering a style gives its paragraphs, following `w:basedOn`: the nearest style
 * that has a `w:numPr` with a list says which list; the level comes from the same chain.
 */
export function styleNumbering(styles: WordStyles, styleId: string): NumberingReference {
  let numId: string | undefined;
  let ilvl: number | undefined;
  let id = styleId;
  for (let step = 0; step < MAX_BASED_ON && id !== ''; step++) {
    const style = styles.byId.get(id);
    if (style === undefined) break;
    numId ??= style.numbering?.numId;
    ilvl ??= style.numbering?.ilvl;
    if (numId !== undefined) break;
    id = style.basedOn;
  }
  return { numId, ilvl };
}
