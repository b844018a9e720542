import type { Diagnostic } from '../core/errors.js';
import { diagnostic } from '../core/errors.js';
import type { Numbering } from '../core/model/legal-document.js';
import type { DivisionKind, SubdivisionKind } from '../core/model/provision.js';
import { Article, Division, Subdivision } from '../core/model/provision.js';
import { blockParagraphs, NOT_TEXT } from './akn-blocks.js';
import type { XmlElement } from './xml/xml-element.js';
import { attributeValue, collapseSpace, textOf } from './xml/xml-element.js';

/** Groupings above the citable unit, per numbering style (inverse of the AKN reporter). */
const DIVISION_KIND: Readonly<Record<Numbering, Readonly<Record<string, DivisionKind>>>> = {
  article: {
    book: 'book',
    tome: 'book',
    part: 'part',
    subpart: 'part',
    title: 'title',
    subtitle: 'title',
    chapter: 'chapter',
    subchapter: 'chapter',
    section: 'section',
    subsection: 'subsection',
    division: 'division',
    subdivision: 'division',
  },
  section: {
    book: 'book',
    tome: 'book',
    part: 'part',
    subpart: 'section',
    title: 'title',
    subtitle: 'title',
    chapter: 'chapter',
    subchapter: 'chapter',
    subdivision: 'subsection',
    division: 'division',
  },
};

/** Levels inside the citable unit, per numbering style; deeper nesting is bumped down. */
const SUBDIVISION_KIND: Readonly<Record<Numbering, Readonly<Record<string, SubdivisionKind>>>> = {
  article: {
    paragraph: 'paragraph',
    alinea: 'paragraph',
    subsection: 'paragraph',
    subparagraph: 'point',
    point: 'point',
    item: 'point',
    indent: 'point',
    clause: 'subpoint',
    subclause: 'subpoint',
  },
  section: {
    subsection: 'paragraph',
    alinea: 'paragraph',
    paragraph: 'point',
    point: 'point',
    indent: 'point',
    subparagraph: 'subpoint',
    item: 'subpoint',
    clause: 'subpoint',
    subclause: 'subpoint',
  },
};

/** Every element of the Akoma Ntoso legislative hierarchy (ANhier) plus hcontainer. */
const HIERARCHY: ReadonlySet<string> = new Set([
  ...Object.keys(DIVISION_KIND.article),
  ...Object.keys(SUBDIVISION_KIND.article),
  'article',
  'rule',
  'subrule',
  'proviso',
  'sublist',
  'level',
  'transitional',
  'hcontainer',
]);

const RANK: Readonly<Record<SubdivisionKind, number>> = { paragraph: 1, point: 2, subpoint: 3 };
const BY_RANK: readonly SubdivisionKind[] = ['paragraph', 'paragraph', 'point', 'subpoint'];

/** What reading a hierarchy needs to know and where it reports. */
export interface AknReading {
  readonly numbering: Numbering;
  readonly diagnostics: Diagnostic[];
}

/** The parts of a hierarchical element, lists flattened into their parent. */
interface Parts {
  num: string;
  heading: string;
  readonly text: string[];
  readonly wrapUp: string[];
  readonly children: XmlElement[];
}

function readParts(element: XmlElement, reading: AknReading): Parts {
  const parts: Parts = { num: '', heading: '', text: [], wrapUp: [], children: [] };
  const visit = (container: XmlElement): void => {
    for (const child of container.children) {
      if (typeof child === 'string') continue;
      const name = child.name;
      if (name === 'num') parts.num = collapseSpace(textOf(child, NOT_TEXT));
      else if (name === 'heading') parts.heading = collapseSpace(textOf(child, NOT_TEXT));
      else if (name === 'subheading') parts.heading = joinHeading(parts.heading, child);
      else if (name === 'intro' || name === 'listIntroduction')
        parts.text.push(...blockParagraphs(child));
      else if (name === 'wrapUp' || name === 'listWrapUp')
        parts.wrapUp.push(...blockParagraphs(child));
      else if (name === 'content') readContent(child, parts);
      else if (name === 'list' || name === 'blockList') visit(child);
      else if (HIERARCHY.has(name)) parts.children.push(child);
      else if (name === 'p') pushBlock(child, parts);
      else if (name === 'crossHeading') reportLeftOut(child, collapseSpace(textOf(child)), reading);
    }
  };
  visit(element);
  return parts;
}

function reportLeftOut(element: XmlElement, words: string, reading: AknReading): void {
  if (words === '') return;
  const what =
    element.name === 'hcontainer'
      ? `Generic container "${attributeValue(element, 'name')}"`
      : `<${element.name}>`;
  const message = `${what} kept out of the structure: ${words.slice(0, 80)}`;
  reading.diagnostics.push(diagnostic('unsupported-content', message, { line: element.line }));
}

function joinHeading(heading: string, subheading: XmlElement): string {
  const text = collapseSpace(textOf(subheading, NOT_TEXT));
  return heading === '' ? text : `${heading} — ${text}`;
}

/** A block's paragraphs; one marked `class="wrapUp"` is the wrap-up LexAlign's export writes. */
function pushBlock(block: XmlElement, parts: Parts): void {
  const target = attributeValue(block, 'class') === 'wrapUp' ? parts.wrapUp : parts.text;
  target.push(...blockParagraphs(block));
}

function readContent(content: XmlElement, parts: Parts): void {
  for (const child of content.children) if (typeof child !== 'string') pushBlock(child, parts);
}

function eIdOf(element: XmlElement): string {
  return attributeValue(element, 'eId') || attributeValue(element, 'id');
}

/**
 * The printed number without the label Akoma Ntoso producers often keep in `<num>`:
 * "Article 12" → "12", "Section 3." → "3", "CHAPITRE II" → "II"; "(a)" stays "(a)".
 */
function bareNumber(num: string): string {
  return num
    .replace(
      /^(article|art\.|section|sec\.|chapitre|chapter|titre|title|livre|book|partie|part|division|sous-section|subsection)\s+/i,
      '',
    )
    .replace(/^(\d+[A-Za-z]?)\.$/, '$1');
}

function readSubdivision(
  element: XmlElement,
  parentRank: number,
  reading: AknReading,
): Subdivision {
  const base = SUBDIVISION_KIND[reading.numbering][element.name] ?? 'paragraph';
  const kind =
    RANK[base] > parentRank ? base : (BY_RANK[Math.min(parentRank + 1, 3)] ?? 'subpoint');
  const parts = readParts(element, reading);
  return Subdivision.create({
    kind,
    eId: eIdOf(element),
    num: parts.num,
    heading: parts.heading,
    text: parts.text.join('\n'),
    wrapUp: parts.wrapUp.join('\n'),
    children: parts.children.map((child) => readSubdivision(child, RANK[kind], reading)),
  });
}

function readArticle(element: XmlElement, reading: AknReading): Article {
  const parts = readParts(element, reading);
  return Article.create({
    eId: eIdOf(element),
    num: bareNumber(parts.num),
    heading: parts.heading,
    text: parts.text.join('\n'),
    wrapUp: parts.wrapUp.join('\n'),
    children: parts.children.map((child) => readSubdivision(child, 0, reading)),
  });
}

/**
 * Reads the hierarchical elements under a body, a division or an attachment into our
 * nodes, keeping the source eIds: groupings become divisions, the citable unit (`article`,
 * or `section` in a Commonwealth act) an article, and the levels inside it subdivisions.
 * A generic `hcontainer` with articles inside is a division; one with only words (a cross
 * heading, a note) cannot be placed and is reported.
 */
export function readAknProvisions(
  elements: readonly XmlElement[],
  reading: AknReading,
): (Division | Article)[] {
  const citable = reading.numbering === 'article' ? 'article' : 'section';
  const nodes: (Division | Article)[] = [];
  for (const element of elements) {
    if (element.name === citable) {
      nodes.push(readArticle(element, reading));
      continue;
    }
    const kind = DIVISION_KIND[reading.numbering][element.name];
    if (kind === undefined && element.name !== 'hcontainer') {
      const message = `<${element.name}> outside any ${citable}: read as one.`;
      reading.diagnostics.push(diagnostic('unsupported-content', message, { line: element.line }));
      nodes.push(readArticle(element, reading));
      continue;
    }
    const parts = readParts(element, reading);
    if (kind === undefined && parts.children.length === 0) {
      reportLeftOut(element, [parts.heading, ...parts.text].filter(Boolean).join(' '), reading);
      continue;
    }
    nodes.push(
      Division.create({
        kind: kind ?? 'division',
        eId: eIdOf(element),
        num: bareNumber(parts.num),
        heading: parts.heading,
        text: parts.text.join('\n'),
        wrapUp: parts.wrapUp.join('\n'),
        children: readAknProvisions(parts.children, reading),
      }),
    );
  }
  return nodes;
}

/**
 * A body-like element (`body`, an attachment's `mainBody`) read as a node: its hierarchical
 * children in order, and the words directly in it outside any hierarchy (an annex's text).
 */
export function bodyParts(
  element: XmlElement,
  reading: AknReading,
): { readonly children: XmlElement[]; readonly text: string[]; readonly wrapUp: string[] } {
  return readParts(element, reading);
}
