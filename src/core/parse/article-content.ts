import type { Numbering } from '../model/legal-document.js';
import type { SourceSpan, Subdivision, SubdivisionKind } from '../model/provision.js';
import { Subdivision as SubdivisionNode } from '../model/provision.js';
import type { ItemMarker } from './item-marker.js';
import { readItemMarker } from './item-marker.js';
import { endsParagraph } from './paragraph-join.js';

/** A line of an article's content as the tree builder hands it over. */
export interface ContentLine {
  readonly text: string;
  readonly line: number;
  readonly page: number;
  /** A markdown bullet: an item even without a printed marker. */
  readonly bullet: boolean;
  /** A marker read from the layout (a nested markdown list number), overriding the text. */
  readonly marker?: ItemMarker;
}

/** The content of an article: its own text, its subdivisions, and its closing words. */
export interface ArticleContent {
  readonly text: string;
  readonly children: Subdivision[];
  readonly wrapUp: string;
}

interface Unit {
  readonly marker: ItemMarker | undefined;
  readonly text: string;
  readonly span: { startLine: number; endLine: number; page: number };
}

/** A unit being read: its lines are kept apart and joined once, so long paragraphs stay linear. */
interface OpenUnit {
  readonly marker: ItemMarker | undefined;
  readonly parts: string[];
  readonly span: { startLine: number; endLine: number; page: number };
}

interface Draft {
  kind: SubdivisionKind;
  num: string;
  text: string;
  wrapUp: string;
  style: ItemMarker['style'] | '';
  children: Draft[];
  span: { startLine: number; endLine: number; page: number };
}

/** A Commonwealth definition line: `"child" means…`, `“exploitation” includes…`. */
function isDefinition(text: string): boolean {
  if (!/^["“‘']/.test(text)) return false;
  const head = text.slice(0, 100);
  const close = head.slice(1).search(/["”’']/);
  return close > 0 && /^\s*(means|includes|has)\b/.test(head.slice(close + 2));
}

/** Cuts content lines into units: one per marker, with wrapped lines glued back on. */
function toUnits(lines: readonly ContentLine[]): Unit[] {
  const units: OpenUnit[] = [];
  let open = false;
  for (const line of lines) {
    if (line.text === '') {
      open = false;
      continue;
    }
    const printed = line.marker ?? readItemMarker(line.text);
    const marker =
      printed ??
      (line.bullet || isDefinition(line.text)
        ? { num: '-', style: 'bullet' as const, bracketedNumber: false, rest: line.text }
        : undefined);
    const last = units[units.length - 1];
    const lastLine = last?.parts[last.parts.length - 1] ?? '';
    if (marker === undefined && open && last !== undefined && !endsParagraph(lastLine)) {
      last.parts.push(line.text);
      last.span.endLine = line.line;
      continue;
    }
    units.push({
      marker,
      parts: [marker === undefined ? line.text : marker.rest],
      span: { startLine: line.line, endLine: line.line, page: line.page },
    });
    open = true;
  }
  return units.map(({ marker, parts, span }) => ({ marker, text: parts.join(' '), span }));
}

const LETTER_BEFORE: Readonly<Record<string, string>> = { i: 'h', v: 'u', x: 'w' };

function bareToken(num: string): string {
  return num.replace(/[()]/g, '');
}

/** A roman-looking marker that continues a lettered list — "(i)" after "(h)" — is a letter. */
function styleOf(marker: ItemMarker, previousPoint: Draft | undefined): ItemMarker['style'] {
  if (marker.style !== 'roman' || previousPoint?.style !== 'letter') return marker.style;
  const token = bareToken(marker.num);
  return LETTER_BEFORE[token] === bareToken(previousPoint.num) ? 'letter' : 'roman';
}

function draft(kind: SubdivisionKind, unit: Unit, style: Draft['style']): Draft {
  return {
    kind,
    num: unit.marker?.num ?? '',
    text: unit.text,
    wrapUp: '',
    style,
    children: [],
    span: unit.span,
  };
}

function freeze(node: Draft): Subdivision {
  const span: SourceSpan = { ...node.span };
  return SubdivisionNode.create({
    kind: node.kind,
    num: node.num === '-' ? '' : node.num,
    text: node.text,
    wrapUp: node.wrapUp,
    span,
    children: node.children.map(freeze),
  });
}

/** Puts an item under its container: the container's first marker style makes points, another makes subpoints. */
function placeItem(container: Draft, unit: Unit): void {
  const marker = unit.marker;
  if (marker === undefined) return;
  const points = container.children;
  const lastPoint = points[points.length - 1];
  const pointStyle = points[0]?.style ?? '';
  const style = styleOf(marker, lastPoint);
  if (pointStyle === '' || style === pointStyle || lastPoint === undefined) {
    points.push(draft('point', unit, style));
    return;
  }
  lastPoint.children.push(draft('subpoint', unit, style));
}

function isParagraphMarker(unit: Unit): boolean {
  return unit.marker?.style === 'number' && unit.marker.bracketedNumber;
}

/**
 * Builds the subdivisions of an article from its content lines. Civil-law articles: each
 * alinéa is a `paragraph` when there is more than one, items (`1°`, `a)`, `-`) are `point`s of
 * the alinéa before them. Commonwealth sections: `(1)` is a `paragraph` (subsection), `(a)` a
 * `point`, `(i)` a `subpoint` — unless it follows `(h)` — and words after a list are its wrap-up.
 */
export function buildArticleContent(
  lines: readonly ContentLine[],
  numbering: Numbering,
): ArticleContent {
  const root: Draft = {
    kind: 'paragraph',
    num: '',
    text: '',
    wrapUp: '',
    style: '',
    children: [],
    span: { startLine: 0, endLine: 0, page: 0 },
  };
  const paragraphs: Draft[] = [];
  let current: Draft | undefined;
  for (const unit of toUnits(lines)) {
    if (unit.marker === undefined || isParagraphMarker(unit)) {
      if (numbering === 'section' && unit.marker === undefined && current !== undefined) {
        if (current.children.length > 0) current.wrapUp = joinWords(current.wrapUp, unit.text);
        else current.text = joinWords(current.text, unit.text);
        continue;
      }
      if (numbering === 'section' && unit.marker === undefined && paragraphs.length === 0) {
        if (root.children.length > 0) root.wrapUp = joinWords(root.wrapUp, unit.text);
        else root.text = joinWords(root.text, unit.text);
        continue;
      }
      current = draft('paragraph', unit, '');
      paragraphs.push(current);
      continue;
    }
    if (current === undefined && numbering === 'section') {
      placeItem(root, unit);
      continue;
    }
    if (current === undefined) {
      current = draft('paragraph', { marker: undefined, text: '', span: unit.span }, '');
      paragraphs.push(current);
    }
    placeItem(current, unit);
  }
  if (numbering === 'section') {
    return {
      text: root.text,
      children: [...root.children, ...paragraphs].map(freeze),
      wrapUp: root.wrapUp,
    };
  }
  const only = paragraphs[0];
  if (paragraphs.length === 1 && only !== undefined && only.num === '') {
    return { text: only.text, children: only.children.map(freeze), wrapUp: only.wrapUp };
  }
  return { text: '', children: paragraphs.map(freeze), wrapUp: '' };
}

function joinWords(before: string, after: string): string {
  return before === '' ? after : `${before} ${after}`;
}
