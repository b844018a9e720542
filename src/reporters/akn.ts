import { assignEIds } from '../core/model/eid.js';
import type { LegalDocument, Numbering } from '../core/model/legal-document.js';
import { walkProvisions } from '../core/model/legal-document.js';
import type { Division, Provision, ProvisionKind } from '../core/model/provision.js';
import { AKN_NAMESPACE, writeAknMeta, writeParagraphs, writePreface } from './akn-meta.js';
import { XmlWriter } from './xml-writer.js';

/**
 * The Akoma Ntoso element of each kind, per numbering style. In a Commonwealth act the
 * section is the citable unit, so a grouping "section" becomes `subpart` and the levels
 * inside a section are subsection, paragraph, subparagraph.
 */
const ELEMENT: Readonly<Record<Numbering, Readonly<Record<ProvisionKind, string>>>> = {
  article: {
    book: 'book',
    part: 'part',
    title: 'title',
    chapter: 'chapter',
    section: 'section',
    subsection: 'subsection',
    division: 'division',
    annex: 'division',
    article: 'article',
    paragraph: 'paragraph',
    point: 'point',
    subpoint: 'point',
  },
  section: {
    book: 'book',
    part: 'part',
    title: 'title',
    chapter: 'chapter',
    section: 'subpart',
    subsection: 'subdivision',
    division: 'division',
    annex: 'division',
    article: 'section',
    paragraph: 'subsection',
    point: 'paragraph',
    subpoint: 'subparagraph',
  },
};

/** Document types with their own Akoma Ntoso element; the others are acts named by type. */
const DOCUMENT_ELEMENTS: ReadonlySet<string> = new Set(['act', 'bill']);

function writeBlock(writer: XmlWriter, name: string, text: string): void {
  writer.open(name);
  writeParagraphs(writer, text);
  writer.close(name);
}

/** Options of an export: what a draft adds to a law (see draft-akn.ts). */
export interface AknOptions {
  /** The preface's `docStatus` ("Projet", "Draft"); none when absent. */
  readonly docStatus?: string;
  /** Provisions to mark `status="incomplete"`: a draft's articles still to be written. */
  readonly incomplete?: (node: Provision) => boolean;
}

/** What writing a provision needs besides the writer and the node. */
interface ProvisionContext {
  readonly numbering: Numbering;
  readonly options: AknOptions;
}

function writeProvision(writer: XmlWriter, node: Provision, context: ProvisionContext): void {
  const name = ELEMENT[context.numbering][node.kind];
  const incomplete = context.options.incomplete?.(node) === true;
  writer.open(name, { eId: node.eId, ...(incomplete ? { status: 'incomplete' } : {}) });
  if (node.num !== '') writer.leaf('num', node.num);
  if (node.heading !== '') writer.leaf('heading', node.heading);
  if (node.children.length === 0) {
    // The schema's `content` has no wrapUp: a marked paragraph keeps it apart from the text.
    writer.open('content');
    writeParagraphs(writer, node.text);
    if (node.wrapUp !== '') writer.leaf('p', node.wrapUp, { class: 'wrapUp' });
    writer.close('content');
  } else {
    if (node.text !== '') writeBlock(writer, 'intro', node.text);
    for (const child of node.children) writeProvision(writer, child, context);
    if (node.wrapUp !== '') writeBlock(writer, 'wrapUp', node.wrapUp);
  }
  writer.close(name);
}

function writeAnnex(writer: XmlWriter, annex: Division, document: LegalDocument): void {
  const context: ProvisionContext = { numbering: document.numbering, options: {} };
  writer.open('attachment', { eId: annex.eId });
  if (annex.num !== '') writer.leaf('num', annex.num);
  if (annex.heading !== '') writer.leaf('heading', annex.heading);
  writer.open('doc', { name: 'annex' });
  writeAknMeta(writer, document.meta, annex.eId);
  writer.open('mainBody');
  if (annex.text !== '' || annex.children.length === 0) writeParagraphs(writer, annex.text);
  for (const child of annex.children) writeProvision(writer, child, context);
  if (annex.wrapUp !== '') writer.leaf('p', annex.wrapUp, { class: 'wrapUp' });
  writer.close('mainBody').close('doc').close('attachment');
}

function writeBlocks(writer: XmlWriter, name: string, paragraphs: readonly string[]): void {
  if (paragraphs.length === 0) return;
  writer.open(name);
  for (const paragraph of paragraphs) writer.leaf('p', paragraph);
  writer.close(name);
}

/**
 * The document as Akoma Ntoso 3.0 XML, valid against the OASIS schema: FRBR metadata,
 * preface, preamble, the body with the document's eIds (assigned first if any is missing),
 * conclusions and annexes as attachments. This is how a law leaves LexAlign for other
 * legal-informatics tools (Laws.Africa, national gazettes) without losing its structure.
 *
 * @example toAkomaNtoso(document).startsWith('<?xml') // true
 */
export function toAkomaNtoso(document: LegalDocument, options: AknOptions = {}): string {
  const complete = hasAllEIds(document) ? document : assignEIds(document);
  const docType = complete.meta.docType || 'act';
  const element = DOCUMENT_ELEMENTS.has(docType) ? docType : 'act';
  const writer = new XmlWriter();
  writer.open('akomaNtoso', { xmlns: AKN_NAMESPACE }).open(element, { name: docType });
  writeAknMeta(writer, complete.meta);
  writePreface(writer, complete, options.docStatus);
  writeBlocks(writer, 'preamble', complete.preamble);
  writer.open('body');
  const context: ProvisionContext = { numbering: complete.numbering, options };
  for (const node of complete.body) writeProvision(writer, node, context);
  // The schema needs something in a body: a law without text gets an empty generic container.
  if (complete.body.length === 0) {
    writer.open('hcontainer', { name: 'noText' }).open('content').leaf('p', '');
    writer.close('content').close('hcontainer');
  }
  writer.close('body');
  writeBlocks(writer, 'conclusions', complete.conclusions);
  if (complete.annexes.length > 0) {
    writer.open('attachments');
    for (const annex of complete.annexes) writeAnnex(writer, annex, complete);
    writer.close('attachments');
  }
  return writer.close(element).close('akomaNtoso').toString();
}

function hasAllEIds(document: LegalDocument): boolean {
  for (const node of walkProvisions(document)) if (node.eId === '') return false;
  return true;
}
