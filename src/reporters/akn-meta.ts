import { frbrExpressionUri, frbrNumber, frbrWorkUri, toIso6392 } from '../core/model/frbr.js';
import type { LegalDocument, WorkMeta } from '../core/model/legal-document.js';
import type { XmlWriter } from './xml-writer.js';

/** The Akoma Ntoso 3.0 namespace (OASIS LegalDocML). */
export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/**
 * `FRBRdate name` telling a reader (LexAlign's own import among them) that the date only
 * stands in for an unknown one.
 */
const UNKNOWN_DATE = 'unknown';

/**
 * The FRBR date to write: the expression date, else 1 January of the known year, else
 * 0001-01-01. The schema requires a full date; the `name` says which case it is, so an
 * import does not take a stand-in for a real date.
 */
function frbrDate(meta: WorkMeta): { readonly date: string; readonly name: string } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(meta.date)) return { date: meta.date, name: 'Generation' };
  if (/^\d{4}$/.test(meta.year)) return { date: `${meta.year}-01-01`, name: UNKNOWN_DATE };
  return { date: '0001-01-01', name: UNKNOWN_DATE };
}

/**
 * Writes `<meta>`: the FRBR identification of the work, expression and manifestation
 * (URIs from frbr.ts), and the TLC references the identification points to. `component`
 * names the part of the work: `main`, or an attachment's eId.
 */
export function writeAknMeta(writer: XmlWriter, meta: WorkMeta, component = 'main'): void {
  const work = frbrWorkUri(meta);
  const expression = frbrExpressionUri(meta);
  const date = frbrDate(meta);
  const year = meta.year || meta.date.slice(0, 4);
  writer.open('meta').open('identification', { source: '#lexalign' });
  writer.open('FRBRWork');
  writer.empty('FRBRthis', { value: `${work}/!${component}` });
  writer.empty('FRBRuri', { value: work });
  writer.empty('FRBRdate', date);
  writer.empty('FRBRauthor', { href: '#legislator' });
  writer.empty('FRBRcountry', { value: meta.country.toLowerCase() || 'xx' });
  if (meta.number !== '') {
    writer.empty('FRBRnumber', { value: frbrNumber(meta.number, year), showAs: meta.number });
  }
  writer.close('FRBRWork').open('FRBRExpression');
  writer.empty('FRBRthis', { value: `${expression}/!${component}` });
  writer.empty('FRBRuri', { value: expression });
  writer.empty('FRBRdate', date);
  writer.empty('FRBRauthor', { href: '#legislator' });
  writer.empty('FRBRlanguage', { language: toIso6392(meta.language) });
  writer.close('FRBRExpression').open('FRBRManifestation');
  writer.empty('FRBRthis', { value: `${expression}/!${component}.xml` });
  writer.empty('FRBRuri', { value: `${expression}.akn` });
  writer.empty('FRBRdate', date);
  writer.empty('FRBRauthor', { href: '#lexalign' });
  writer.empty('FRBRformat', { value: 'application/akn+xml' });
  writer.close('FRBRManifestation').close('identification');
  // eIds are unique across the whole document: attachments point to the main references.
  if (component === 'main') writeReferences(writer, meta);
  writer.close('meta');
}

function writeReferences(writer: XmlWriter, meta: WorkMeta): void {
  writer.open('references', { source: '#lexalign' });
  writer.empty('TLCOrganization', {
    eId: 'lexalign',
    href: '/ontology/organization/lexalign',
    showAs: 'LexAlign',
  });
  writer.empty('TLCOrganization', {
    eId: 'legislator',
    href: `/ontology/organization/${meta.country.toLowerCase() || 'xx'}/legislator`,
    showAs: 'Legislator',
  });
  writer.close('references');
}

/** Writes each line of a text as a `<p>`, or one empty `<p/>` where the schema needs a block. */
export function writeParagraphs(writer: XmlWriter, text: string): void {
  for (const line of text.split('\n')) writer.leaf('p', line);
}

/**
 * Writes `<preface>` from what the document knows: the title as `longTitle`, the short
 * title as `docTitle` (as Laws.Africa does), number and date as their inline elements,
 * a draft's status as `docStatus`, the explanatory statement as a `container`. Nothing is
 * written when all are empty.
 */
export function writePreface(writer: XmlWriter, document: LegalDocument, docStatus = ''): void {
  const { meta } = document;
  const hasDate = /^\d{4}-\d{2}-\d{2}$/.test(meta.date);
  const parts = [meta.title, meta.shortTitle, meta.number, docStatus, ...document.explanatoryNote];
  if (!hasDate && parts.every((part) => part === '')) return;
  writer.open('preface');
  if (docStatus !== '') writer.wrapped('p', { name: 'docStatus', text: docStatus });
  if (meta.title !== '') writer.open('longTitle').leaf('p', meta.title).close('longTitle');
  if (meta.shortTitle !== '') writer.wrapped('p', { name: 'docTitle', text: meta.shortTitle });
  if (meta.number !== '') writer.wrapped('p', { name: 'docNumber', text: meta.number });
  if (hasDate) {
    writer.wrapped('p', { name: 'docDate', text: meta.date, attributes: { date: meta.date } });
  }
  if (document.explanatoryNote.length > 0) {
    writer.open('container', { name: 'explanatoryNote' });
    for (const paragraph of document.explanatoryNote) writer.leaf('p', paragraph);
    writer.close('container');
  }
  writer.close('preface');
}
