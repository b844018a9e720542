import { Subdivision } from '../core/model/index.js';
import type { SubdivisionKind } from '../core/model/index.js';
import { romanToNumber } from '../core/model/numbers.js';

/** The words of a provision split into its own text and its subsections, paragraphs, sub-paragraphs. */
export interface InlineStructure {
  readonly text: string;
  readonly children: readonly Subdivision[];
}

interface Marker {
  readonly label: string;
  readonly at: number;
  readonly end: number;
}

/** "(1)", "(2A)", "(a)", "(aa)", "(iv)" preceded by a point where a list item can begin. */
const MARKER = /(^|[.:;—–]\s*|\s(?:and|or|et|ou)\s+|—)\((\d{1,3}[A-Z]?|[a-z]{1,2}|[ivx]{1,5})\)\s/g;

function findMarkers(content: string): Marker[] {
  const markers: Marker[] = [];
  for (const match of content.matchAll(MARKER)) {
    const lead = match[1] ?? '';
    const label = match[2] ?? '';
    const at = match.index + lead.length;
    markers.push({ label, at, end: match.index + match[0].length });
  }
  return markers;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The letter label after `label`: "a" → "b", "z" → "aa". */
function nextLetter(label: string): string {
  if (label.length === 1) {
    const index = LETTERS.indexOf(label);
    return index === LETTERS.length - 1 ? 'aa' : LETTERS.charAt(index + 1);
  }
  const index = LETTERS.indexOf(label.charAt(0));
  return LETTERS.charAt(index + 1).repeat(2);
}

interface Level {
  readonly kind: SubdivisionKind;
  /** True when `label` follows `last` in this level's sequence (undefined: starts it). */
  readonly follows: (label: string, last: string | undefined) => boolean;
}

/** (1) starts; (2) follows (1); an inserted (2A) follows (2) or (1). */
function followsNumber(label: string, last: string | undefined): boolean {
  const match = /^(\d+)([A-Z]?)$/.exec(label);
  if (match === null) return false;
  const value = Number(match[1]);
  if (last === undefined) return value === 1 && match[2] === '';
  const previous = parseInt(last, 10);
  return match[2] === '' ? value === previous + 1 : value === previous || value === previous + 1;
}

const LEVELS: readonly Level[] = [
  { kind: 'paragraph', follows: followsNumber },
  {
    kind: 'point',
    follows: (label, last) =>
      /^[a-z]+$/.test(label) && label === (last === undefined ? 'a' : nextLetter(last)),
  },
  {
    kind: 'subpoint',
    follows: (label, last) =>
      /^[ivx]+$/.test(label) &&
      romanToNumber(label) === (last === undefined ? 1 : (romanToNumber(last) ?? 0) + 1),
  },
];

interface Draft {
  readonly kind: SubdivisionKind;
  readonly num: string;
  text: string;
  readonly children: Draft[];
}

interface Open {
  readonly depth: number;
  readonly draft: Draft;
  readonly label: string;
}

function freeze(draft: Draft): Subdivision {
  return Subdivision.create({
    kind: draft.kind,
    num: draft.num,
    text: draft.text.trim(),
    children: draft.children.map(freeze),
  });
}

/**
 * The depth a marker takes given the open items (outermost first), or undefined when it
 * continues no sequence. Order of preference: the next item of the innermost list (so (i)
 * after (h) is the letter i), then a new list one level deeper, then the next item of an
 * outer list.
 */
function chooseDepth(label: string, open: readonly Open[]): number | undefined {
  const innermost = open[open.length - 1];
  if (innermost !== undefined && LEVELS[innermost.depth]?.follows(label, innermost.label)) {
    return innermost.depth;
  }
  for (let depth = (innermost?.depth ?? -1) + 1; depth < LEVELS.length; depth++) {
    if (LEVELS[depth]?.follows(label, undefined)) return depth;
  }
  for (let index = open.length - 2; index >= 0; index--) {
    const outer = open[index];
    if (outer !== undefined && LEVELS[outer.depth]?.follows(label, outer.label)) return outer.depth;
  }
  return undefined;
}

/**
 * Splits the flattened words of a Commonwealth section ("(1) A person who— (a) recruits…;
 * (b) transports…") back into subsections, paragraphs and sub-paragraphs. A marker counts
 * only where a list item may begin and when it continues a sequence — (1) first, (2) after
 * (1), (b) after (a), (ii) after (i) — so "subsection (1)" inside a sentence stays text.
 */
export function splitInlineSubdivisions(content: string): InlineStructure {
  const root: Draft = { kind: 'paragraph', num: '', text: '', children: [] };
  const open: Open[] = [];
  let cursor = 0;
  const append = (text: string): void => {
    (open[open.length - 1]?.draft ?? root).text += text;
  };
  for (const marker of findMarkers(content)) {
    const depth = chooseDepth(marker.label, open);
    const level = depth === undefined ? undefined : LEVELS[depth];
    if (depth === undefined || level === undefined) continue;
    append(content.slice(cursor, marker.at));
    while ((open[open.length - 1]?.depth ?? -1) >= depth) open.pop();
    const draft: Draft = { kind: level.kind, num: `(${marker.label})`, text: '', children: [] };
    (open[open.length - 1]?.draft ?? root).children.push(draft);
    open.push({ depth, draft, label: marker.label });
    cursor = marker.end;
  }
  append(content.slice(cursor));
  return { text: root.text.trim(), children: root.children.map(freeze) };
}
