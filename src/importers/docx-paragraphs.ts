import type { ParagraphLabeler } from './docx-numbering.js';
import { readNumberingReference } from './docx-styles.js';
import { attributeValue, childElement, childElements, textOf } from './xml/xml-element.js';
import type { XmlElement } from './xml/xml-element.js';

/**
 * Elements whose content is not the text a reader sees: properties, deleted and moved-away
 * text, field instructions, and drawings (text boxes would come out of order).
 */
const HIDDEN = new Set([
  'pPr',
  'rPr',
  'sectPr',
  'del',
  'delText',
  'moveFrom',
  'instrText',
  'delInstrText',
  'drawing',
  'pict',
  'object',
  'AlternateContent',
  'sdtPr',
  'sdtEndPr',
  'tblPr',
  'tblGrid',
  'trPr',
  'tcPr',
]);

/** The text of the runs inside an element, in order: tabs as spaces, breaks as new lines. */
function runText(element: XmlElement, parts: string[]): void {
  for (const child of childElements(element)) {
    if (HIDDEN.has(child.name) || child.name === 'p') continue;
    if (child.name === 't') parts.push(textOf(child));
    else if (child.name === 'tab' || child.name === 'ptab') parts.push(' ');
    else if (child.name === 'br' || child.name === 'cr') parts.push('\n');
    else if (child.name === 'noBreakHyphen') parts.push('-');
    else runText(child, parts);
  }
}

function paragraphText(paragraph: XmlElement): string {
  const parts: string[] = [];
  runText(paragraph, parts);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

/** True when the paragraph mark itself is a tracked deletion: the paragraph is gone. */
function markDeleted(properties: XmlElement | undefined): boolean {
  const mark = properties === undefined ? undefined : childElement(properties, 'rPr');
  return mark !== undefined && childElement(mark, 'del') !== undefined;
}

function paragraphLine(paragraph: XmlElement, label: ParagraphLabeler): string | undefined {
  const properties = childElement(paragraph, 'pPr');
  const text = paragraphText(paragraph);
  if (text === '' && markDeleted(properties)) return undefined;
  const style = properties === undefined ? undefined : childElement(properties, 'pStyle');
  const prefix = label({
    styleId: style === undefined ? '' : attributeValue(style, 'val'),
    reference: readNumberingReference(properties),
  });
  if (prefix === '') return text === '' ? undefined : text;
  return text === '' ? prefix : `${prefix} ${text}`;
}

/** The elements named `name` under a table part, through content controls and custom XML. */
function tableParts(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of childElements(element)) {
    if (child.name === name) found.push(child);
    else if (!HIDDEN.has(child.name)) found.push(...tableParts(child, name));
  }
  return found;
}

function tableLines(table: XmlElement, label: ParagraphLabeler, lines: string[]): void {
  for (const row of tableParts(table, 'tr')) {
    const cells = tableParts(row, 'tc').map((cell) => {
      const cellLines: string[] = [];
      readBlocks(cell, label, cellLines);
      return cellLines.join(' ').replace(/\n/g, ' ');
    });
    const line = cells.filter((cell) => cell !== '').join(' ');
    if (line !== '') lines.push(line);
  }
}

function readBlocks(container: XmlElement, label: ParagraphLabeler, lines: string[]): void {
  for (const child of childElements(container)) {
    if (HIDDEN.has(child.name)) continue;
    if (child.name === 'p') {
      const line = paragraphLine(child, label);
      if (line !== undefined) lines.push(line);
    } else if (child.name === 'tbl') {
      tableLines(child, label, lines);
    } else {
      readBlocks(child, label, lines);
    }
  }
}

/**
 * The lines of a Word document's body (`w:body` of word/document.xml), in order: one per
 * paragraph, prefixed with the label `label` gives it ("Article 3 :", "1°", "-"), and one
 * per table row with its cells side by side. Content controls are read through; tracked
 * changes are taken as accepted (insertions kept, deletions left out). A line break inside
 * a paragraph stays a new line; empty paragraphs give no line.
 */
export function readBodyLines(body: XmlElement, label: ParagraphLabeler): string[] {
  const lines: string[] = [];
  readBlocks(body, label, lines);
  return lines;
}
