import type { Diagnostic } from '../core/errors.js';
import { diagnostic } from '../core/errors.js';
import { fromIso6392 } from '../core/model/frbr.js';
import type { WorkMeta } from '../core/model/legal-document.js';
import { EMPTY_META } from '../core/model/legal-document.js';
import type { ImportOptions } from './import-result.js';
import type { XmlElement } from './xml/xml-element.js';
import { attributeValue, childElement, collapseSpace, textOf } from './xml/xml-element.js';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The value of an attribute on the first child with this name; '' when absent. */
function childAttribute(parent: XmlElement | undefined, name: string, attribute: string): string {
  const child = parent === undefined ? undefined : childElement(parent, name);
  return child === undefined ? '' : attributeValue(child, attribute).trim();
}

/** A real FRBRdate: not the stand-in LexAlign writes when the date is unknown. */
function frbrDate(parent: XmlElement | undefined): string {
  const element = parent === undefined ? undefined : childElement(parent, 'FRBRdate');
  if (element === undefined || attributeValue(element, 'name') === 'unknown') return '';
  const date = attributeValue(element, 'date').trim();
  return FULL_DATE.test(date) ? date : '';
}

/**
 * The parts of a work URI, `/akn/{country}/{type}[/{subtype}…]/{date}/{number}`: the date
 * is the first segment after the type that looks like a year or a date.
 */
function uriParts(uri: string): { country: string; docType: string; year: string; number: string } {
  const segments = uri.replace(/\/!.*$/, '').split('/');
  const [, akn, country = '', docType = ''] = segments;
  if (akn !== 'akn') return { country: '', docType: '', year: '', number: '' };
  const dateIndex = segments.findIndex(
    (segment, i) => i > 3 && /^\d{4}(-\d{2}-\d{2})?$/.test(segment),
  );
  const year = dateIndex < 0 ? '' : (segments[dateIndex] ?? '').slice(0, 4);
  const number = dateIndex < 0 ? '' : (segments[dateIndex + 1] ?? '');
  return { country, docType, year: year === '0000' ? '' : year, number };
}

function prefaceText(preface: XmlElement | undefined, names: readonly string[]): string {
  if (preface === undefined) return '';
  const stack: XmlElement[] = [preface];
  for (let element = stack.pop(); element !== undefined; element = stack.pop()) {
    if (element !== preface && names.includes(element.name)) return collapseSpace(textOf(element));
    for (const child of element.children) if (typeof child !== 'string') stack.push(child);
  }
  return '';
}

/**
 * Title and short title: a `longTitle` is the title and a `docTitle` beside it the short
 * title (Laws.Africa, LexAlign); a `docTitle` alone is the title (civil-law producers);
 * the publication's `showAs` is the last resort. An inline `shortTitle` wins for the short title.
 */
function titles(
  preface: XmlElement | undefined,
  publication: XmlElement | undefined,
): { title: string; shortTitle: string } {
  const long = prefaceText(preface, ['longTitle']);
  const doc = prefaceText(preface, ['docTitle']);
  const short = prefaceText(preface, ['shortTitle']);
  if (long !== '') return { title: long, shortTitle: short || doc };
  const published = collapseSpace(publication ? attributeValue(publication, 'showAs') : '');
  return { title: doc || published, shortTitle: short };
}

/**
 * The work metadata of an Akoma Ntoso document: FRBR identification first (FRBRuri,
 * FRBRthis, FRBRdate, FRBRcountry, FRBRnumber, FRBRlanguage), then the preface (longTitle,
 * docTitle, shortTitle, docNumber) and the publication for titles. What the caller states
 * in the options wins over the file.
 */
export function readAknMeta(
  documentElement: XmlElement,
  options: ImportOptions,
): { readonly meta: WorkMeta; readonly diagnostics: readonly Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const metaElement = childElement(documentElement, 'meta');
  const identification = metaElement && childElement(metaElement, 'identification');
  if (identification === undefined) {
    diagnostics.push(diagnostic('metadata-missing', 'The document has no FRBR identification.'));
  }
  const work = identification && childElement(identification, 'FRBRWork');
  const expression = identification && childElement(identification, 'FRBRExpression');
  const uri = childAttribute(work, 'FRBRuri', 'value') || childAttribute(work, 'FRBRthis', 'value');
  const parts = uriParts(uri);
  const country = (childAttribute(work, 'FRBRcountry', 'value') || parts.country).toLowerCase();
  const numberElement = work && childElement(work, 'FRBRnumber');
  const preface = childElement(documentElement, 'preface');
  const frbrNumber = numberElement
    ? attributeValue(numberElement, 'showAs') || attributeValue(numberElement, 'value')
    : parts.number;
  const workDate = frbrDate(work);
  const date = frbrDate(expression) || workDate;
  const publication = metaElement && childElement(metaElement, 'publication');
  const meta: WorkMeta = {
    ...EMPTY_META,
    country: options.country?.toLowerCase() ?? (country === 'xx' ? '' : country),
    docType: options.docType ?? (parts.docType || documentElement.name),
    year: parts.year || workDate.slice(0, 4) || date.slice(0, 4),
    number:
      options.number ??
      (prefaceText(preface, ['docNumber']) || (frbrNumber === 'nn' ? '' : frbrNumber.trim())),
    language:
      options.language ?? fromIso6392(childAttribute(expression, 'FRBRlanguage', 'language')),
    date: options.date ?? date,
    ...titles(preface, publication),
  };
  return { meta, diagnostics };
}
