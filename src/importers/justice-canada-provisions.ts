import type { DivisionKind, SubdivisionKind } from '../core/model/provision.js';
import { Article, Division, Subdivision } from '../core/model/provision.js';
import type { XmlElement } from './xml/xml-element.js';
import { childElement, collapseSpace, textOf } from './xml/xml-element.js';

/** Editorial matter that is not the words of the law: footnote markers and notes, amendment history. */
export const EDITORIAL: ReadonlySet<string> = new Set([
  'FootnoteRef',
  'Footnote',
  'HistoricalNote',
]);

/** Elements of a provision that carry its parts rather than extra words. */
const STRUCTURE: ReadonlySet<string> = new Set(['MarginalNote', 'Label', 'Text', ...EDITORIAL]);

/** The level each Justice Canada unit takes inside a section; Definition sits at the level of a paragraph. */
const UNIT_KIND: Readonly<Record<string, SubdivisionKind>> = {
  Subsection: 'paragraph',
  Paragraph: 'point',
  Definition: 'point',
  Subparagraph: 'subpoint',
  Clause: 'subpoint',
  Subclause: 'subpoint',
  Provision: 'paragraph',
};

const RANK: Readonly<Record<SubdivisionKind, number>> = { paragraph: 1, point: 2, subpoint: 3 };

/** Text of an element without editorial matter, white space collapsed; '' when absent. */
export function wordsOf(element: XmlElement | undefined): string {
  return element === undefined ? '' : collapseSpace(textOf(element, EDITORIAL));
}

/** The parts of a section-like element, counted so the importer can report what it left out. */
interface UnitParts {
  readonly heading: string;
  readonly num: string;
  readonly text: string;
  readonly wrapUp: string;
  readonly children: readonly XmlElement[];
}

/**
 * Splits a unit into marginal note, label, text, sub-units and continued text: words of
 * elements this importer does not model (formulas, tables, "Continued…" text) are kept, as
 * text before the first sub-unit or as wrap-up after it, never dropped.
 */
function unitParts(element: XmlElement): UnitParts {
  const text: string[] = [];
  const wrapUp: string[] = [];
  const children: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (UNIT_KIND[child.name] !== undefined) {
      children.push(child);
    } else if (child.name === 'Text' || !STRUCTURE.has(child.name)) {
      const words = wordsOf(child);
      if (words !== '') (children.length === 0 ? text : wrapUp).push(words);
    }
  }
  return {
    heading: wordsOf(childElement(element, 'MarginalNote')),
    num: wordsOf(childElement(element, 'Label')),
    text: text.join('\n'),
    wrapUp: wrapUp.join('\n'),
    children,
  };
}

function readUnit(element: XmlElement, parentRank: number): Subdivision {
  const parts = unitParts(element);
  const base = UNIT_KIND[element.name] ?? 'subpoint';
  const kind: SubdivisionKind =
    RANK[base] > parentRank ? base : parentRank >= 2 ? 'subpoint' : 'point';
  return Subdivision.create({
    kind,
    num: parts.num,
    heading: parts.heading,
    text: parts.text,
    wrapUp: parts.wrapUp,
    children: parts.children.map((child) => readUnit(child, RANK[kind])),
  });
}

/**
 * A `Section` (or a schedule `Provision`) as an article: label → num, marginal note →
 * heading, subsections → paragraphs, paragraphs and definitions → points, subparagraphs
 * and clauses → subpoints. A repealed section stays an article whose text is the printed
 * "[Repealed, 2015, c. 36, s. 170]", so numbering stays whole and citations still resolve.
 */
export function readSection(section: XmlElement): Article {
  const parts = unitParts(section);
  return Article.create({
    num: parts.num,
    heading: parts.heading,
    text: parts.text,
    wrapUp: parts.wrapUp,
    children: parts.children.map((child) => readUnit(child, 0)),
  });
}

/** Words that name a heading's kind in its label, EN and FR: "PART 1", "SECTION 2" (FR division). */
const LABEL_KIND: Readonly<Record<string, DivisionKind>> = {
  part: 'part',
  partie: 'part',
  division: 'division',
  section: 'division',
  subdivision: 'subsection',
  'sous-section': 'subsection',
};

/**
 * The kind and number of a `Heading` from its label: "PART 1" → part 1, "DIVISION 0.1" and
 * French "SECTION 0.1" → division, "SUBDIVISION A" → subsection. An unlabelled heading is
 * a cross-heading ("Interpretation") and groups what follows as an unnumbered subsection,
 * so it never takes the number of a real part.
 */
export function headingKind(label: string, level: number): { kind: DivisionKind; num: string } {
  if (label === '') return { kind: 'subsection', num: '' };
  const [word = '', ...rest] = label.split(/\s+/);
  const named = LABEL_KIND[word.toLowerCase()];
  if (named !== undefined) return { kind: named, num: rest.join(' ') };
  const byLevel: DivisionKind = level <= 1 ? 'part' : level === 2 ? 'division' : 'subsection';
  return { kind: byLevel, num: label };
}

/** A division under construction: headings arrive flat, sections are added as they come. */
export interface OpenDivision {
  readonly level: number;
  readonly kind: DivisionKind;
  readonly num: string;
  readonly heading: string;
  readonly children: (OpenDivision | Article)[];
}

/** Freezes divisions under construction into model nodes, depth first. */
export function closeDivisions(nodes: readonly (OpenDivision | Article)[]): (Division | Article)[] {
  return nodes.map((node) =>
    'level' in node
      ? Division.create({
          kind: node.kind,
          num: node.num,
          heading: node.heading,
          children: closeDivisions(node.children),
        })
      : node,
  );
}
