import type { Diagnostic } from '../core/errors.js';
import { diagnostic } from '../core/errors.js';
import { assignEIds } from '../core/model/eid.js';
import type { Numbering } from '../core/model/legal-document.js';
import { LegalDocument, listArticles, walkProvisions } from '../core/model/legal-document.js';
import { Division } from '../core/model/provision.js';
import { blockParagraphs } from './akn-blocks.js';
import { readAknMeta } from './akn-meta.js';
import type { AknReading } from './akn-provisions.js';
import { bodyParts, readAknProvisions } from './akn-provisions.js';
import type { ImportedLaw, ImportOptions } from './import-result.js';
import { ImportError } from './import-result.js';
import { parseXml } from './xml/parse-xml.js';
import type { XmlElement } from './xml/xml-element.js';
import { attributeValue, childElement, childElements } from './xml/xml-element.js';

/** Elements that hold a document's main hierarchy, by document type. */
const BODY_NAMES = ['body', 'mainBody', 'judgmentBody', 'debateBody', 'amendmentBody'];

/** 'section' when the citable units are `<section>` (Commonwealth AKN), else 'article'. */
function numberingOf(body: XmlElement | undefined): Numbering {
  if (body === undefined) return 'article';
  let sections = false;
  const stack: XmlElement[] = [body];
  for (let element = stack.pop(); element !== undefined; element = stack.pop()) {
    if (element.name === 'article') return 'article';
    if (element.name === 'section') sections = true;
    stack.push(...childElements(element));
  }
  return sections ? 'section' : 'article';
}

function findBody(documentElement: XmlElement): XmlElement | undefined {
  for (const name of BODY_NAMES) {
    const body = childElement(documentElement, name);
    if (body !== undefined) return body;
  }
  return undefined;
}

/** The first `componentRef` under an element: where a metadata shell keeps its real text. */
function componentReference(element: XmlElement): string {
  const stack: XmlElement[] = [element];
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (current.name === 'componentRef') return attributeValue(current, 'src');
    stack.push(...childElements(current));
  }
  return '';
}

function readAnnex(attachment: XmlElement, reading: AknReading): Division {
  const inner = childElements(attachment).find(
    (child) => !['num', 'heading', 'subheading'].includes(child.name),
  );
  const mainBody = inner === undefined ? undefined : findBody(inner);
  const heading = childElement(attachment, 'heading');
  const num = childElement(attachment, 'num');
  const parts =
    mainBody === undefined ? { children: [], text: [], wrapUp: [] } : bodyParts(mainBody, reading);
  return Division.create({
    kind: 'annex',
    eId: attributeValue(attachment, 'eId'),
    num: num === undefined ? '' : blockParagraphs(num).join(' '),
    heading: heading === undefined ? '' : blockParagraphs(heading).join(' '),
    text: parts.text.join('\n'),
    wrapUp: parts.wrapUp.join('\n'),
    children: readAknProvisions(parts.children, reading),
  });
}

function readAnnexes(documentElement: XmlElement, reading: AknReading): Division[] {
  const holders = ['attachments', 'components'].flatMap((name) => {
    const holder = childElement(documentElement, name);
    return holder === undefined ? [] : childElements(holder);
  });
  return holders.map((attachment) => readAnnex(attachment, reading));
}

function explanatoryNote(preface: XmlElement | undefined): string[] {
  const container =
    preface === undefined
      ? undefined
      : childElements(preface).find(
          (child) =>
            child.name === 'container' && attributeValue(child, 'name') === 'explanatoryNote',
        );
  return container === undefined ? [] : blockParagraphs(container);
}

/**
 * Imports an Akoma Ntoso 3.0 document (act, bill or any other type; default namespace or
 * a prefix such as `an:`): FRBR metadata, preface, preamble, the body hierarchy with its
 * source eIds, conclusions and attachments as annexes. Nodes without an eId in the source
 * get them all from `assignEIds`.
 *
 * A document whose body holds no legal text (a metadata shell pointing to a PDF) is
 * imported with its metadata, zero articles and an 'empty-document' error naming what the
 * body points to: the metadata is worth keeping and the caller decides what is fatal.
 * A file that is not Akoma Ntoso throws ImportError.
 *
 * @example importAkomaNtoso(bytes, { fileName: 'act.xml' }).document.meta.country // 'bj'
 */
export function importAkomaNtoso(bytes: Uint8Array, options: ImportOptions): ImportedLaw {
  const root = parseXml(bytes, options.fileName);
  if (root.name !== 'akomaNtoso') {
    const detail = `the root element is <${root.name}>, not <akomaNtoso>: not an Akoma Ntoso document`;
    throw new ImportError('unsupported-format', options.fileName, detail);
  }
  const documentElement = childElements(root).find((child) => child.name !== 'components');
  if (documentElement === undefined) {
    throw new ImportError('no-legal-text', options.fileName, '<akomaNtoso> holds no document');
  }
  const { meta, diagnostics: metaDiagnostics } = readAknMeta(documentElement, options);
  const body = findBody(documentElement);
  const numbering = numberingOf(body);
  const diagnostics: Diagnostic[] = [...metaDiagnostics];
  const reading: AknReading = { numbering, diagnostics };
  const preface = childElement(documentElement, 'preface');
  const preamble = childElement(documentElement, 'preamble');
  const conclusions = childElement(documentElement, 'conclusions');
  const document = LegalDocument.create({
    meta,
    numbering,
    preamble: preamble === undefined ? [] : blockParagraphs(preamble),
    explanatoryNote: explanatoryNote(preface),
    body: body === undefined ? [] : readAknProvisions(bodyParts(body, reading).children, reading),
    conclusions: conclusions === undefined ? [] : blockParagraphs(conclusions),
    annexes: readAnnexes(documentElement, reading),
  });
  // Readers report as they meet things, parents after children: put them in document order.
  diagnostics.sort((first, second) => (first.line ?? 0) - (second.line ?? 0));
  if (listArticles(document).length === 0) diagnostics.push(noTextDiagnostic(body));
  const complete = [...walkProvisions(document)].every((node) => node.eId !== '');
  return { document: complete ? document : assignEIds(document), diagnostics, format: 'akn' };
}

function noTextDiagnostic(body: XmlElement | undefined): Diagnostic {
  const reference = body === undefined ? '' : componentReference(body);
  const message =
    reference === ''
      ? 'The document has no legal text: its body holds no article or section.'
      : `The document has no legal text: its body only points to ${reference}; import that file instead.`;
  return diagnostic('empty-document', message);
}
