import type { Diagnostic } from '../core/errors.js';
import { diagnostic } from '../core/errors.js';
import { assignEIds } from '../core/model/eid.js';
import type { WorkMeta } from '../core/model/legal-document.js';
import { EMPTY_META, LegalDocument } from '../core/model/legal-document.js';
import type { Article } from '../core/model/provision.js';
import { Division } from '../core/model/provision.js';
import type { ImportedLaw, ImportOptions } from './import-result.js';
import { ImportError } from './import-result.js';
import type { OpenDivision } from './justice-canada-provisions.js';
import { closeDivisions, headingKind, readSection, wordsOf } from './justice-canada-provisions.js';
import { parseXml } from './xml/parse-xml.js';
import type { XmlElement } from './xml/xml-element.js';
import { attributeValue, childElement, childElements } from './xml/xml-element.js';

/** `<Date><YYYY>2026</YYYY><MM>4</MM><DD>1</DD></Date>` → "2026-04-01"; '' when incomplete. */
function stageDate(date: XmlElement | undefined): string {
  if (date === undefined) return '';
  const [year, month, day] = ['YYYY', 'MM', 'DD'].map((name) => wordsOf(childElement(date, name)));
  if (!year || !month || !day) return '';
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function readMeta(statute: XmlElement, options: ImportOptions): WorkMeta {
  const identification = childElement(statute, 'Identification');
  const part = (name: string): XmlElement | undefined =>
    identification === undefined ? undefined : childElement(identification, name);
  const chapter = part('Chapter');
  const annual = chapter === undefined ? undefined : childElement(chapter, 'AnnualStatuteId');
  const consolidation = childElements(part('BillHistory') ?? statute).find(
    (stage) => attributeValue(stage, 'stage') === 'consolidation',
  );
  const pointInTime = attributeValue(statute, 'pit-date');
  return {
    ...EMPTY_META,
    country: options.country?.toLowerCase() ?? 'ca',
    docType: options.docType ?? 'act',
    year:
      wordsOf(annual && childElement(annual, 'YYYY')) ||
      stageDate(childElement(part('RegistrationDate') ?? statute, 'Date')).slice(0, 4),
    // The chapter number alone: "S.C. 2001, c. 27" and "L.C. 2001, ch. 27" are one work.
    number:
      options.number ??
      (wordsOf(annual && childElement(annual, 'AnnualStatuteNumber')) ||
        wordsOf(chapter && childElement(chapter, 'ConsolidatedNumber')) ||
        wordsOf(part('InstrumentNumber'))),
    language: options.language ?? attributeValue(statute, 'xml:lang'),
    date:
      options.date ??
      (/^\d{4}-\d{2}-\d{2}$/.test(pointInTime)
        ? pointInTime
        : stageDate(consolidation && childElement(consolidation, 'Date'))),
    title: wordsOf(part('LongTitle')) || wordsOf(part('ShortTitle')) || wordsOf(part('Title')),
    shortTitle: wordsOf(part('ShortTitle')),
  };
}

/** Headings and sections arrive flat; a heading closes every open one of its level or deeper. */
function readBody(body: XmlElement): (Division | Article)[] {
  const top: (OpenDivision | Article)[] = [];
  const open: OpenDivision[] = [];
  for (const element of childElements(body)) {
    if (element.name === 'Heading') {
      const level = Number(attributeValue(element, 'level')) || 1;
      while ((open[open.length - 1]?.level ?? 0) >= level) open.pop();
      const { kind, num } = headingKind(wordsOf(childElement(element, 'Label')), level);
      const division: OpenDivision = {
        level,
        kind,
        num,
        heading: wordsOf(childElement(element, 'TitleText')),
        children: [],
      };
      (open[open.length - 1]?.children ?? top).push(division);
      open.push(division);
    } else if (element.name === 'Section') {
      (open[open.length - 1]?.children ?? top).push(readSection(element));
    }
  }
  return closeDivisions(top);
}

/** Schedules printed with the consolidation but not part of the act's own text. */
function isEditorialSchedule(schedule: XmlElement): boolean {
  const heading = childElement(schedule, 'ScheduleFormHeading');
  const id = attributeValue(schedule, 'id');
  return (
    id === 'RelatedProvs' ||
    id === 'NifProvs' ||
    (heading !== undefined && attributeValue(heading, 'type') === 'amending')
  );
}

/** Groups of a schedule become divisions, its numbered provisions articles, other words its text. */
function readSchedule(schedule: XmlElement): Division {
  const heading = childElement(schedule, 'ScheduleFormHeading');
  const label = wordsOf(heading && childElement(heading, 'Label'));
  const text: string[] = [wordsOf(heading && childElement(heading, 'OriginatingRef'))];
  const readContent = (container: XmlElement): (Division | Article)[] =>
    childElements(container).flatMap((child): (Division | Article)[] => {
      if (child.name === 'Group') {
        const children = readContent(child);
        const title = wordsOf(childElement(child, 'GroupHeading'));
        return [Division.create({ kind: 'division', heading: title, children })];
      }
      if (child.name === 'Provision') return [readSection(child)];
      if (child.name === 'DocumentInternal') return readContent(child);
      if (child.name !== 'ScheduleFormHeading' && child.name !== 'GroupHeading') {
        text.push(wordsOf(child));
      }
      return [];
    });
  const children = readContent(schedule);
  return Division.create({
    kind: 'annex',
    num: label.replace(/^(schedule|annexe)\s*/i, ''),
    heading: wordsOf(heading && childElement(heading, 'TitleText')) || label,
    text: text.filter((line) => line !== '').join('\n'),
    children,
  });
}

function countEditorial(body: XmlElement): { notes: number; footnotes: number } {
  let notes = 0;
  let footnotes = 0;
  const stack: XmlElement[] = [body];
  for (let element = stack.pop(); element !== undefined; element = stack.pop()) {
    if (element.name === 'HistoricalNote') notes += 1;
    else if (element.name === 'Footnote') footnotes += 1;
    else stack.push(...childElements(element));
  }
  return { notes, footnotes };
}

/**
 * Imports a law in the official consolidated XML of Justice Canada (laws-lois.justice.gc.ca,
 * `Statute` or `Regulation` root), EN or FR. Sections are the citable units (numbering
 * 'section'); `Heading`s become parts, divisions and (unlabelled cross-headings)
 * subsections; marginal notes become headings. Repealed sections are kept with their
 * "[Repealed, …]" text. Metadata comes from `Identification`: long and short title, the
 * chapter number of the annual statute, the language from `xml:lang` and the
 * point-in-time date (else the consolidation date); the country is `ca`. Amendment history
 * and editorial footnotes are left out and counted in an info diagnostic, as are the
 * "Related provisions" and "Amendments not in force" schedules.
 *
 * @example importJusticeCanadaXml(bytes, { fileName: 'I-2.5.xml' }).document.meta.number // '27'
 */
export function importJusticeCanadaXml(bytes: Uint8Array, options: ImportOptions): ImportedLaw {
  const statute = parseXml(bytes, options.fileName);
  if (statute.name !== 'Statute' && statute.name !== 'Regulation') {
    const detail = `the root element is <${statute.name}>, not a Justice Canada <Statute> or <Regulation>`;
    throw new ImportError('unsupported-format', options.fileName, detail);
  }
  const body = childElement(statute, 'Body');
  if (body === undefined) {
    throw new ImportError('no-legal-text', options.fileName, 'the statute has no <Body>');
  }
  const diagnostics: Diagnostic[] = [];
  const schedules = childElements(statute).filter((child) => child.name === 'Schedule');
  const editorialSchedules = schedules.filter(isEditorialSchedule);
  const introduction = childElement(statute, 'Introduction');
  const document = LegalDocument.create({
    meta: readMeta(statute, options),
    numbering: 'section',
    preamble: introduction === undefined ? [] : textsOf(introduction),
    body: readBody(body),
    annexes: schedules.filter((schedule) => !isEditorialSchedule(schedule)).map(readSchedule),
  });
  const { notes, footnotes } = countEditorial(statute);
  if (notes + footnotes + editorialSchedules.length > 0) {
    const message =
      `Left out as editorial, not legal text: ${notes} historical notes, ${footnotes} footnotes, ` +
      `${editorialSchedules.length} schedules of related provisions or amendments not in force.`;
    diagnostics.push(diagnostic('content-dropped', message, { severity: 'info' }));
  }
  return { document: assignEIds(document), diagnostics, format: 'justice-canada-xml' };
}

/** The words of every `Text` under an element, one entry each (preamble, enacting formula). */
function textsOf(element: XmlElement): string[] {
  const texts: string[] = [];
  const visit = (current: XmlElement): void => {
    for (const child of childElements(current)) {
      if (child.name === 'Text') texts.push(wordsOf(child));
      else visit(child);
    }
  };
  visit(element);
  return texts.filter((text) => text !== '');
}
